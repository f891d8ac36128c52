<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
    <context>
        <name>Ondergrond</name>
        <message>
            <location filename="../algorithms/base.py" />
            <source>Subsurface planning</source>
            <translation>Ordening ondergrond</translation>
        </message>
        <message>
            <location filename="../algorithms/base.py" />
            <source>Street subsurface</source>
            <translation>Ondiepe ondergrond (straat)</translation>
        </message>
        <message>
            <location filename="../algorithms/base.py" />
            <source>Data and templates</source>
            <translation>Data en sjablonen</translation>
        </message>
        <message>
            <location filename="../algorithms/base.py" />
            <source>Could not apply the style {qml}: {message}</source>
            <translation>De stijl {qml} kon niet worden toegepast: {message}</translation>
        </message>
        <message>
            <location filename="../algorithms/base.py" />
            <source>Ondergrond needs shapely 2 or newer; this QGIS has shapely {version}. Install it with: python3 -m pip install 'shapely&gt;=2'</source>
            <translation>Ondergrond heeft shapely 2 of nieuwer nodig; deze QGIS heeft shapely {version}. Installeer het met: python3 -m pip install 'shapely&gt;=2'</translation>
        </message>
        <message>
            <location filename="../algorithms/checkcanonicalfields.py" />
            <source>Check canonical fields</source>
            <translation>Canonieke velden controleren</translation>
        </message>
        <message>
            <location filename="../algorithms/checkcanonicalfields.py" />
            <source>Checks whether a layer follows the depth and time conventions every Ondergrond algorithm relies on, before you feed it in, and lists each feature with a problem and what is wrong.

Depths are metres below ground level, positive downward: top_m and bottom_m for a volume (empty top = ground level, empty bottom = unbounded), depth_m (top of the pipe) and diameter_m for a cable or pipe. Validity is valid_from and valid_to, inclusive, as a year (2030) or a date (2030-05-01 or 01-05-2030); empty means open-ended.

Reported: features without geometry or with invalid geometry, values that are not numbers, negative depths, a top below its bottom, a diameter above 5 m (almost always millimetres in a metre field), depths beyond 10 km, unreadable dates and a validity that ends before it starts. A layer in a geographic CRS (degrees) is reported too: the algorithms reproject it to EPSG:28992.

Choose other field names when your data uses another schema; leave a field empty to skip its check. The input is never changed.</source>
            <translation>Controleert of een laag de diepte- en tijdsafspraken volgt waar alle Ondergrond-algoritmen op rekenen, voordat u hem gebruikt, en geeft elk object met een probleem en wat er mis is.

Diepten zijn meters onder maaiveld, positief naar beneden: top_m en bottom_m voor een volume (lege top = maaiveld, lege onderkant = onbegrensd), depth_m (bovenkant van de leiding) en diameter_m voor een kabel of leiding. Geldigheid is valid_from en valid_to, inclusief, als jaartal (2030) of datum (2030-05-01 of 01-05-2030); leeg betekent zonder begin of eind.

Gemeld worden: objecten zonder of met ongeldige geometrie, waarden die geen getal zijn, negatieve diepten, een bovenkant onder de onderkant, een diameter boven 5 m (bijna altijd millimeters in een veld in meters), diepten voorbij 10 km, onleesbare datums en een geldigheid die eindigt voordat hij begint. Een laag in een geografisch CRS (graden) wordt ook gemeld: de algoritmen projecteren hem naar EPSG:28992.

Kies andere veldnamen als uw gegevens een ander schema volgen; laat een veld leeg om die controle over te slaan. De invoer wordt nooit gewijzigd.</translation>
        </message>
        <message>
            <location filename="../algorithms/checkcanonicalfields.py" />
            <source>Top of the volume field (m below ground level)</source>
            <translation>Veld bovenkant van het volume (m onder maaiveld)</translation>
        </message>
        <message>
            <location filename="../algorithms/checkcanonicalfields.py" />
            <source>Bottom of the volume field (m below ground level)</source>
            <translation>Veld onderkant van het volume (m onder maaiveld)</translation>
        </message>
        <message>
            <location filename="../algorithms/checkcanonicalfields.py" />
            <source>Depth of a cable or pipe field (top of pipe, m below ground level)</source>
            <translation>Veld diepte van een kabel of leiding (bovenkant leiding, m onder maaiveld)</translation>
        </message>
        <message>
            <location filename="../algorithms/checkcanonicalfields.py" />
            <source>Diameter field (m)</source>
            <translation>Veld diameter (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/checkcanonicalfields.py" />
            <source>Valid from field (year or date)</source>
            <translation>Veld geldig vanaf (jaar of datum)</translation>
        </message>
        <message>
            <location filename="../algorithms/checkcanonicalfields.py" />
            <source>Valid to field (year or date)</source>
            <translation>Veld geldig tot en met (jaar of datum)</translation>
        </message>
        <message>
            <location filename="../algorithms/checkcanonicalfields.py" />
            <source>Layer to check</source>
            <translation>Te controleren laag</translation>
        </message>
        <message>
            <location filename="../algorithms/checkcanonicalfields.py" />
            <source>Problems</source>
            <translation>Problemen</translation>
        </message>
        <message>
            <location filename="../algorithms/checkcanonicalfields.py" />
            <source>Number of features checked</source>
            <translation>Aantal gecontroleerde objecten</translation>
        </message>
        <message>
            <location filename="../algorithms/checkcanonicalfields.py" />
            <source>Number of features with a problem</source>
            <translation>Aantal objecten met een probleem</translation>
        </message>
        <message>
            <location filename="../algorithms/checkcanonicalfields.py" />
            <source>no geometry</source>
            <translation>geen geometrie</translation>
        </message>
        <message>
            <location filename="../algorithms/checkcanonicalfields.py" />
            <source>The layer's CRS {crs} is not a projected CRS in metres; the algorithms will reproject it to EPSG:28992.</source>
            <translation>Het CRS van de laag, {crs}, is geen geprojecteerd CRS in meters; de algoritmen projecteren hem naar EPSG:28992.</translation>
        </message>
        <message>
            <location filename="../algorithms/checkcanonicalfields.py" />
            <source>invalid geometry (self-intersection or similar)</source>
            <translation>ongeldige geometrie (zelfdoorsnijding of iets dergelijks)</translation>
        </message>
        <message>
            <location filename="../algorithms/checkcanonicalfields.py" />
            <source>{n} of {total} features have a problem.</source>
            <translation>{n} van de {total} objecten hebben een probleem.</translation>
        </message>
        <message>
            <location filename="../algorithms/checkcanonicalfields.py" />
            <source>All {total} features follow the conventions.</source>
            <translation>Alle {total} objecten volgen de afspraken.</translation>
        </message>
        <message>
            <location filename="../algorithms/drinkingwaterprotection.py" />
            <source>Drinking-water protection zones</source>
            <translation>Drinkwaterbeschermingszones</translation>
        </message>
        <message>
            <location filename="../algorithms/drinkingwaterprotection.py" />
            <source>Draws the travel-time zones around groundwater abstraction wells for drinking water: waterwingebied (60 days), grondwaterbeschermingsgebied (25 years) and the 100-year zone by default, and optionally a boringsvrije zone. The result is a 3D constraint layer (top_m, bottom_m in m below ground level) for the suitability and cumulation algorithms.

&lt;b&gt;Inputs&lt;/b&gt;: a point layer with one feature per well and its abstraction rate in m3/year; aquifer thickness (m) and effective porosity (-) for all wells or per well from a field (an empty field value uses the general value). Travel times as a list such as 60d,25y,100y (d = days, y = years of 365.25 days), with one zone label per travel time.

&lt;b&gt;Method 0, volume balance&lt;/b&gt;: without regional groundwater flow a well draws its water from a cylinder; the zone for travel time t is the circle r = sqrt(Q t / (pi n H)) with Q the rate, n the porosity and H the aquifer thickness.
&lt;b&gt;Method 1, regional flow&lt;/b&gt;: the flow field is the superposition of all wells plus a uniform regional flow (Darcy flux q0 in m/d, direction in degrees clockwise from north, the direction the groundwater flows towards). Particles are traced backwards in time from every well through that field (adaptive Runge-Kutta, refined where neighbouring particles drift apart); the zone boundary runs through their positions after time t (Bear &amp; Jacobs 1965, the method of EPA's WhAEM). Pore velocity = Darcy flux / porosity. A single well has a stagnation point Q / (2 pi q0 H) downstream and a capture zone Q / (q0 H) wide far upstream. With per-well thickness or porosity, each well's zone uses its own values.

Wells whose zones touch share one feature per zone (a well field); well_ids lists them. With regional flow, neighbouring zones meet along dividing streamlines where the water stands still; slits there narrower than 2 % of the zone radius are closed and areas a zone encloses are included. Every zone covers the whole area within its travel time (the 25-year zone includes the 60-day zone) and applies from the surface down: top_m 0, bottom_m empty (unbounded). With a protective layer depth, an extra zone 'boringsvrije zone' covers the largest zone with top_m = that depth: drilling below it is banned or must be notified.

&lt;b&gt;Assumptions&lt;/b&gt;: one confined, homogeneous aquifer of constant thickness, steady state, no recharge, no leakage through aquitards, wells screened over the full thickness, constant rates. Use a full groundwater model instead (TimML or the QGIS-Tim plugin, MODFLOW with MODPATH) where the aquifer is layered or leaky, recharge matters (phreatic aquifers: the zones here are then too large), rivers, drains or other boundaries lie near the wells, or the zones become legally binding.

&lt;b&gt;Defaults and sources&lt;/b&gt;: travel times 60 days (waterwingebied, most provinces; Gelderland uses 1 year), 25 years (grondwaterbeschermingsgebied) and 100 years (intrekgebied) after Infomil and the provincial environmental regulations; effective porosity 0.35 and thickness 30 m are typical values for Dutch sandy aquifers - replace them with local values. A zone larger than the Netherlands gives a warning: check the rate's unit (m3/year).</source>
            <translation>Tekent de reistijdzones rond grondwaterwinningen voor drinkwater: standaard het waterwingebied (60 dagen), het grondwaterbeschermingsgebied (25 jaar) en de 100-jaarszone, en desgewenst een boringsvrije zone. Het resultaat is een 3D-randvoorwaardenlaag (top_m, bottom_m in m onder maaiveld) voor de geschiktheids- en cumulatiealgoritmen.

&lt;b&gt;Invoer&lt;/b&gt;: een puntenlaag met één object per put en het onttrekkingsdebiet in m3/jaar; de dikte van het watervoerend pakket (m) en de effectieve porositeit (-) voor alle putten samen of per put uit een veld (een leeg veld gebruikt de algemene waarde). Reistijden als lijst zoals 60d,25y,100y (d = dagen, y = jaren van 365,25 dagen), met één zonenaam per reistijd.

&lt;b&gt;Methode 0, volumebalans&lt;/b&gt;: zonder regionale grondwaterstroming onttrekt een put zijn water aan een cilinder; de zone voor reistijd t is de cirkel r = sqrt(Q t / (pi n H)), met Q het debiet, n de porositeit en H de dikte van het pakket.
&lt;b&gt;Methode 1, regionale stroming&lt;/b&gt;: het stromingsveld is de superpositie van alle putten plus een uniforme regionale stroming (Darcy-flux q0 in m/d, richting in graden met de klok mee vanaf het noorden, de richting waarheen het grondwater stroomt). Vanuit elke put worden deeltjes terug in de tijd door dat veld gevolgd (adaptieve Runge-Kutta, verfijnd waar naburige deeltjes uiteenlopen); de zonegrens loopt door hun posities na tijd t (Bear &amp; Jacobs 1965, de methode van WhAEM van de EPA). Poriesnelheid = Darcy-flux / porositeit. Een enkele put heeft benedenstrooms een stagnatiepunt op Q / (2 pi q0 H) en ver bovenstrooms een intrekgebied van Q / (q0 H) breed. Met dikte of porositeit per put gebruikt de zone van elke put zijn eigen waarden.

Putten waarvan de zones elkaar raken, delen per zone één object (een puttenveld); well_ids noemt ze. Bij regionale stroming grenzen naburige zones aan elkaar langs scheidingsstroomlijnen waar het water stilstaat; spleten daar smaller dan 2 % van de zonestraal worden gesloten en gebieden die een zone omsluit, horen erbij. Elke zone omvat het hele gebied binnen zijn reistijd (de 25-jaarszone bevat de 60-dagenzone) en geldt vanaf maaiveld naar beneden: top_m 0, bottom_m leeg (onbegrensd). Met een diepte van de beschermende laag komt er een extra zone 'boringsvrije zone' over de grootste zone, met top_m = die diepte: boren daaronder is verboden of meldingsplichtig.

&lt;b&gt;Aannames&lt;/b&gt;: één afgesloten, homogeen watervoerend pakket met constante dikte, stationaire stroming, geen grondwateraanvulling, geen lek door scheidende lagen, putten gefilterd over de hele dikte, constante debieten. Gebruik in plaats hiervan een volledig grondwatermodel (TimML of de QGIS-Tim-plugin, MODFLOW met MODPATH) als het pakket gelaagd of lek is, de aanvulling ertoe doet (freatische pakketten: de zones zijn hier dan te groot), rivieren, drains of andere randen dicht bij de putten liggen, of als de zones juridisch bindend worden.

&lt;b&gt;Standaardwaarden en bronnen&lt;/b&gt;: reistijden 60 dagen (waterwingebied, de meeste provincies; Gelderland gebruikt 1 jaar), 25 jaar (grondwaterbeschermingsgebied) en 100 jaar (intrekgebied), naar Infomil en de provinciale milieuverordeningen; effectieve porositeit 0,35 en dikte 30 m zijn gangbare waarden voor Nederlandse zandige watervoerende pakketten - vervang ze door lokale waarden. Een zone groter dan Nederland geeft een waarschuwing: controleer de eenheid van het debiet (m3/jaar).</translation>
        </message>
        <message>
            <location filename="../algorithms/drinkingwaterprotection.py" />
            <source>Abstraction wells</source>
            <translation>Winputten</translation>
        </message>
        <message>
            <location filename="../algorithms/drinkingwaterprotection.py" />
            <source>Well id field (empty: feature id)</source>
            <translation>Veld met putnummer (leeg: object-id)</translation>
        </message>
        <message>
            <location filename="../algorithms/drinkingwaterprotection.py" />
            <source>Abstraction rate field (m3/year)</source>
            <translation>Veld met onttrekkingsdebiet (m3/jaar)</translation>
        </message>
        <message>
            <location filename="../algorithms/drinkingwaterprotection.py" />
            <source>Aquifer thickness (m)</source>
            <translation>Dikte watervoerend pakket (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/drinkingwaterprotection.py" />
            <source>Aquifer thickness field, per well (m)</source>
            <translation>Veld met dikte watervoerend pakket, per put (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/drinkingwaterprotection.py" />
            <source>Effective porosity (-)</source>
            <translation>Effectieve porositeit (-)</translation>
        </message>
        <message>
            <location filename="../algorithms/drinkingwaterprotection.py" />
            <source>Effective porosity field, per well (-)</source>
            <translation>Veld met effectieve porositeit, per put (-)</translation>
        </message>
        <message>
            <location filename="../algorithms/drinkingwaterprotection.py" />
            <source>Travel times (d = days, y = years)</source>
            <translation>Reistijden (d = dagen, y = jaren)</translation>
        </message>
        <message>
            <location filename="../algorithms/drinkingwaterprotection.py" />
            <source>Zone labels, one per travel time</source>
            <translation>Zonenamen, één per reistijd</translation>
        </message>
        <message>
            <location filename="../algorithms/drinkingwaterprotection.py" />
            <source>Method</source>
            <translation>Methode</translation>
        </message>
        <message>
            <location filename="../algorithms/drinkingwaterprotection.py" />
            <source>Regional groundwater flow: Darcy flux (m/d)</source>
            <translation>Regionale grondwaterstroming: Darcy-flux (m/d)</translation>
        </message>
        <message>
            <location filename="../algorithms/drinkingwaterprotection.py" />
            <source>Regional groundwater flow: direction it flows towards (degrees clockwise from north)</source>
            <translation>Regionale grondwaterstroming: richting waarheen het stroomt (graden met de klok mee vanaf noord)</translation>
        </message>
        <message>
            <location filename="../algorithms/drinkingwaterprotection.py" />
            <source>Protective layer depth for the boringsvrije zone (m below ground level, optional)</source>
            <translation>Diepte van de beschermende laag voor de boringsvrije zone (m onder maaiveld, optioneel)</translation>
        </message>
        <message>
            <location filename="../algorithms/drinkingwaterprotection.py" />
            <source>The regional flux is ignored by the volume balance method; choose method 1 (regional flow) to use it.</source>
            <translation>De volumebalansmethode negeert de regionale flux; kies methode 1 (regionale stroming) om hem te gebruiken.</translation>
        </message>
        <message>
            <location filename="../algorithms/drinkingwaterprotection.py" />
            <location filename="../algorithms/io.py" />
            <source>Cancelled.</source>
            <translation>Afgebroken.</translation>
        </message>
        <message>
            <location filename="../algorithms/drinkingwaterprotection.py" />
            <source>{n} well(s), method: {method}.</source>
            <translation>{n} put(ten), methode: {method}.</translation>
        </message>
        <message>
            <location filename="../algorithms/drinkingwaterprotection.py" />
            <source>{n} zone feature(s) written.</source>
            <translation>{n} zone-object(en) geschreven.</translation>
        </message>
        <message>
            <location filename="../algorithms/drinkingwaterprotection.py" />
            <source>Volume balance (no regional flow)</source>
            <translation>Volumebalans (geen regionale stroming)</translation>
        </message>
        <message>
            <location filename="../algorithms/drinkingwaterprotection.py" />
            <source>Regional flow (backward particle tracking)</source>
            <translation>Regionale stroming (deeltjes terug in de tijd volgen)</translation>
        </message>
        <message>
            <location filename="../algorithms/drinkingwaterprotection.py" />
            <source>Regional flux is {flux} m/d; it must be zero or positive (set the direction with the flow direction instead)</source>
            <translation>De regionale flux is {flux} m/d; die moet nul of positief zijn (geef de richting op met de stromingsrichting)</translation>
        </message>
        <message>
            <location filename="../algorithms/drinkingwaterprotection.py" />
            <source>Protective layer depth is {depth} m; give it in m below ground level (positive down)</source>
            <translation>De diepte van de beschermende laag is {depth} m; geef die op in m onder maaiveld (positief naar beneden)</translation>
        </message>
        <message>
            <location filename="../algorithms/drinkingwaterprotection.py" />
            <source>Abstraction wells: the layer has no rate field '{field}'; choose the field with the abstraction rate in m3/year</source>
            <translation>Winputten: de laag heeft geen debietveld '{field}'; kies het veld met het onttrekkingsdebiet in m3/jaar</translation>
        </message>
        <message>
            <location filename="../algorithms/drinkingwaterprotection.py" />
            <source>{label}: the layer has no wells with a location; nothing to compute</source>
            <translation>{label}: de laag heeft geen putten met een locatie; er valt niets te berekenen</translation>
        </message>
        <message>
            <location filename="../algorithms/drinkingwaterprotection.py" />
            <source>{id} (feature {fid})</source>
            <translation>{id} (object {fid})</translation>
        </message>
        <message>
            <location filename="../algorithms/drinkingwaterprotection.py" />
            <source>Well(s) {ids}: the {days:g}-day zone would be larger than the Netherlands; check that the rate is in m3/year.</source>
            <translation>Put(ten) {ids}: de zone van {days:g} dagen zou groter worden dan Nederland; controleer of het debiet in m3/jaar is.</translation>
        </message>
        <message>
            <location filename="../algorithms/drinkingwaterprotection.py" />
            <source>Well {id}, field {field}</source>
            <translation>Put {id}, veld {field}</translation>
        </message>
        <message>
            <location filename="../algorithms/drinkingwaterprotection.py" />
            <source>{label}, feature {fid}: a multipoint with {n} points; make one feature per well, each with its own rate (Vector &gt; Geometry &gt; Multipart to singleparts)</source>
            <translation>{label}, object {fid}: een multipunt met {n} punten; maak één object per put, elk met zijn eigen debiet (Vector &gt; Geometrie &gt; Multi-delen naar enkele delen)</translation>
        </message>
        <message>
            <location filename="../algorithms/io.py" />
            <source>{listed} and {more} more</source>
            <translation>{listed} en nog {more}</translation>
        </message>
        <message>
            <location filename="../algorithms/io.py" />
            <source>{label}: skipped {n} feature(s) without geometry (feature ids {ids}).</source>
            <translation>{label}: {n} object(en) zonder geometrie overgeslagen (object-id's {ids}).</translation>
        </message>
        <message>
            <location filename="../algorithms/io.py" />
            <source>{label}: repaired {n} invalid geometry(ies) (feature ids {ids}).</source>
            <translation>{label}: {n} ongeldige geometrie(ën) hersteld (object-id's {ids}).</translation>
        </message>
        <message>
            <location filename="../algorithms/io.py" />
            <source>Input in {crs} is reprojected to {target} (a projected CRS in metres).</source>
            <translation>Invoer in {crs} wordt geprojecteerd naar {target} (een geprojecteerd CRS in meters).</translation>
        </message>
        <message>
            <location filename="../algorithms/io.py" />
            <source>{label}, feature {fid}: cannot reproject to {crs}: {error}</source>
            <translation>{label}, object {fid}: kan niet naar {crs} worden geprojecteerd: {error}</translation>
        </message>
        <message>
            <location filename="../core/canonical.py" />
            <source>{what}: '{value}' is not a year or a date (use 2030, 2030-05-01 or 01-05-2030)</source>
            <translation>{what}: '{value}' is geen jaartal of datum (gebruik 2030, 2030-05-01 of 01-05-2030)</translation>
        </message>
        <message>
            <location filename="../core/canonical.py" />
            <source>{what}: depths are metres below ground level and cannot be negative (top {top}, bottom {bottom})</source>
            <translation>{what}: diepten zijn meters onder maaiveld en kunnen niet negatief zijn (bovenkant {top}, onderkant {bottom})</translation>
        </message>
        <message>
            <location filename="../core/canonical.py" />
            <source>{what}: top {top} m lies below bottom {bottom} m</source>
            <translation>{what}: bovenkant {top} m ligt onder onderkant {bottom} m</translation>
        </message>
        <message>
            <location filename="../core/canonical.py" />
            <source>{what}: '{value}' is not a year or a date</source>
            <translation>{what}: '{value}' is geen jaartal of datum</translation>
        </message>
        <message>
            <location filename="../core/canonical.py" />
            <source>{what}: '{value}' is not a whole year</source>
            <translation>{what}: '{value}' is geen heel jaartal</translation>
        </message>
        <message>
            <location filename="../core/canonical.py" />
            <source>{what}: valid_from {first} is after valid_to {last}</source>
            <translation>{what}: valid_from {first} ligt na valid_to {last}</translation>
        </message>
        <message>
            <location filename="../core/canonical.py" />
            <source>{what}: '{value}' is not a number</source>
            <translation>{what}: '{value}' is geen getal</translation>
        </message>
        <message>
            <location filename="../core/canonical.py" />
            <source>{field} is {value}: depths and sizes are positive metres (below ground level)</source>
            <translation>{field} is {value}: diepten en maten zijn positieve meters (onder maaiveld)</translation>
        </message>
        <message>
            <location filename="../core/canonical.py" />
            <source>{field} is {value}: that looks like millimetres, the field is in metres</source>
            <translation>{field} is {value}: dat lijken millimeters, het veld is in meters</translation>
        </message>
        <message>
            <location filename="../core/canonical.py" />
            <source>{field} is {value}: deeper than {max} m, check the unit (metres)</source>
            <translation>{field} is {value}: dieper dan {max} m, controleer de eenheid (meters)</translation>
        </message>
        <message>
            <location filename="../core/grid.py" />
            <source>The cell size must be larger than 0 m (got {cell}).</source>
            <translation>De celgrootte moet groter zijn dan 0 m (opgegeven: {cell}).</translation>
        </message>
        <message>
            <location filename="../core/grid.py" />
            <source>The extent has no area ({xmin}, {ymin} - {xmax}, {ymax}); draw or choose a larger one.</source>
            <translation>Het gebied heeft geen oppervlak ({xmin}, {ymin} - {xmax}, {ymax}); teken of kies een groter gebied.</translation>
        </message>
        <message>
            <location filename="../core/grid.py" />
            <source>{ncols} x {nrows} cells of {cell} m is {n:,} cells, more than the {max:,} this machine can hold; choose a larger cell size or a smaller extent.</source>
            <translation>{ncols} x {nrows} cellen van {cell} m is {n:,} cellen, meer dan de {max:,} die deze computer aankan; kies een grotere celgrootte of een kleiner gebied.</translation>
        </message>
        <message>
            <location filename="../core/tables.py" />
            <source>Table {file} is empty: it needs a header row.</source>
            <translation>Tabel {file} is leeg: er is een kopregel nodig.</translation>
        </message>
        <message>
            <location filename="../core/tables.py" />
            <source>Table {file} lacks the column(s) {missing}; its header is: {header}</source>
            <translation>Tabel {file} mist de kolom(men) {missing}; de kopregel is: {header}</translation>
        </message>
        <message>
            <location filename="../core/tables.py" />
            <source>Table {file} has a header but no rows.</source>
            <translation>Tabel {file} heeft een kopregel maar geen rijen.</translation>
        </message>
        <message>
            <location filename="../core/tables.py" />
            <source>Cannot read the table {file}: {error}</source>
            <translation>Kan tabel {file} niet lezen: {error}</translation>
        </message>
        <message>
            <location filename="../core/tables.py" />
            <source>Table {file} is not UTF-8 text; save it from Excel as 'CSV UTF-8'.</source>
            <translation>Tabel {file} is geen UTF-8-tekst; sla hem in Excel op als 'CSV UTF-8'.</translation>
        </message>
        <message>
            <location filename="../core/tables.py" />
            <source>Table {file}, row {row}, column '{column}': the value is empty.</source>
            <translation>Tabel {file}, rij {row}, kolom '{column}': de waarde is leeg.</translation>
        </message>
        <message>
            <location filename="../core/tables.py" />
            <source>Table {file}, row {row}, column '{column}': '{value}' is not one of {allowed}.</source>
            <translation>Tabel {file}, rij {row}, kolom '{column}': '{value}' is niet een van {allowed}.</translation>
        </message>
        <message>
            <location filename="../core/tables.py" />
            <source>Table {file}, row {row}, column '{column}': '{value}' is not a number.</source>
            <translation>Tabel {file}, rij {row}, kolom '{column}': '{value}' is geen getal.</translation>
        </message>
        <message>
            <location filename="../core/traveltime.py" />
            <source>Travel times: give at least one travel time, e.g. '60d,25y,100y'</source>
            <translation>Reistijden: geef minstens één reistijd op, bijvoorbeeld '60d,25y,100y'</translation>
        </message>
        <message>
            <location filename="../core/traveltime.py" />
            <source>Zone labels: every label must be different</source>
            <translation>Zonenamen: elke naam moet anders zijn</translation>
        </message>
        <message>
            <location filename="../core/traveltime.py" />
            <source>There are no wells to compute zones for</source>
            <translation>Er zijn geen putten om zones voor te berekenen</translation>
        </message>
        <message>
            <location filename="../core/traveltime.py" />
            <source>Regional flux must be zero or positive (m/d)</source>
            <translation>De regionale flux moet nul of positief zijn (m/d)</translation>
        </message>
        <message>
            <location filename="../core/traveltime.py" />
            <source>Protective layer depth must be zero or more metres below ground level</source>
            <translation>De diepte van de beschermende laag moet nul of meer meter onder maaiveld zijn</translation>
        </message>
        <message>
            <location filename="../core/traveltime.py" />
            <source>Zone labels: {labels} label(s) given for {times} travel time(s); give exactly one label per travel time, comma separated</source>
            <translation>Zonenamen: {labels} naam/namen opgegeven voor {times} reistijd(en); geef precies één naam per reistijd, gescheiden door komma's</translation>
        </message>
        <message>
            <location filename="../core/traveltime.py" />
            <source>Travel times: '{token}' is not a travel time; write a number followed by d (days) or y (years of 365.25 days), e.g. '60d,25y,100y'</source>
            <translation>Reistijden: '{token}' is geen reistijd; schrijf een getal gevolgd door d (dagen) of y (jaren van 365,25 dagen), bijvoorbeeld '60d,25y,100y'</translation>
        </message>
        <message>
            <location filename="../core/traveltime.py" />
            <source>Travel times: '{token}' must be longer than zero</source>
            <translation>Reistijden: '{token}' moet langer dan nul zijn</translation>
        </message>
        <message>
            <location filename="../core/traveltime.py" />
            <source>Travel times: '{token}' is given twice</source>
            <translation>Reistijden: '{token}' staat er twee keer in</translation>
        </message>
        <message>
            <location filename="../core/traveltime.py" />
            <source>Well {id}: abstraction rate is {rate}; it must be a positive number in m3/year (remove the well or fill in its rate)</source>
            <translation>Put {id}: het onttrekkingsdebiet is {rate}; dat moet een positief getal in m3/jaar zijn (verwijder de put of vul het debiet in)</translation>
        </message>
        <message>
            <location filename="../core/traveltime.py" />
            <source>Well {id}: aquifer thickness is {value} m; it must be larger than 0</source>
            <translation>Put {id}: de dikte van het watervoerend pakket is {value} m; die moet groter dan 0 zijn</translation>
        </message>
        <message>
            <location filename="../core/traveltime.py" />
            <source>Well {id}: effective porosity is {value}; it must lie in (0, 1], e.g. 0.35</source>
            <translation>Put {id}: de effectieve porositeit is {value}; die moet in (0, 1] liggen, bijvoorbeeld 0,35</translation>
        </message>
        <message>
            <location filename="../provider.py" />
            <source>Ondergrond</source>
            <translation>Ondergrond</translation>
        </message>
        <message>
            <location filename="../provider.py" />
            <source>Ondergrond - spatial ordering of the subsurface</source>
            <translation>Ondergrond - ruimtelijke ordening van de ondergrond</translation>
        </message>
    </context>
</TS>
