<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
    <context>
        <name>Ondergrond</name>
        <message>
            <location filename="../algorithms/base.py" />
            <source>Build shapely 2 against the GEOS library QGIS uses (a pip wheel brings a second GEOS that crashes QGIS): sudo apt install libgeos-dev python3-dev &amp;&amp; python3 -m pip install --user --no-binary shapely 'shapely&gt;=2,&lt;2.2'</source>
            <translation>Bouw shapely 2 tegen de GEOS-bibliotheek die QGIS gebruikt (een pip-wheel brengt een tweede GEOS mee waardoor QGIS vastloopt): sudo apt install libgeos-dev python3-dev &amp;&amp; python3 -m pip install --user --no-binary shapely 'shapely&gt;=2,&lt;2.2'</translation>
        </message>
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
            <source>Models</source>
            <translation>Modellen</translation>
        </message>
        <message>
            <location filename="../algorithms/base.py" />
            <source>Install QGIS with the standard Windows installer (OSGeo4W or the standalone installer), which ships shapely 2.</source>
            <translation>Installeer QGIS met het standaard Windows-installatieprogramma (OSGeo4W of het zelfstandige installatieprogramma), dat shapely 2 meelevert.</translation>
        </message>
        <message>
            <location filename="../algorithms/base.py" />
            <source>Install QGIS with the standard macOS installer from qgis.org, which ships shapely 2.</source>
            <translation>Installeer QGIS met het standaard macOS-installatieprogramma van qgis.org, dat shapely 2 meelevert.</translation>
        </message>
        <message>
            <location filename="../algorithms/base.py" />
            <source>Install your distribution's package: sudo apt install python3-shapely</source>
            <translation>Installeer het pakket van uw distributie: sudo apt install python3-shapely</translation>
        </message>
        <message>
            <location filename="../algorithms/base.py" />
            <source>Cancelled.</source>
            <translation>Afgebroken.</translation>
        </message>
        <message>
            <location filename="../algorithms/base.py" />
            <source>Ondergrond needs shapely 2, and this QGIS has no shapely.</source>
            <translation>Ondergrond heeft shapely 2 nodig, en deze QGIS heeft geen shapely.</translation>
        </message>
        <message>
            <location filename="../algorithms/base.py" />
            <source>Ondergrond needs shapely 2 or newer; this QGIS has shapely {version}.</source>
            <translation>Ondergrond heeft shapely 2 of nieuwer nodig; deze QGIS heeft shapely {version}.</translation>
        </message>
        <message>
            <location filename="../algorithms/base.py" />
            <source>Could not apply the style {qml}: {message}</source>
            <translation>De stijl {qml} kon niet worden toegepast: {message}</translation>
        </message>
        <message>
            <location filename="../algorithms/bodemenergie.py" />
            <location filename="../algorithms/presentation.py" />
            <source>Ground-energy interference</source>
            <translation>Interferentie bodemenergie</translation>
        </message>
        <message>
            <location filename="../algorithms/bodemenergie.py" />
            <source>Thermal influence areas of ground-energy systems (open WKO doublets and closed loops), the wells and loops that stand closer than the rules allow, their conflicts with protection and other zones, and where a new system could still go.

&lt;b&gt;Inputs.&lt;/b&gt; Wells (points, one per well of an open system): system id, well type (warm or koud), volume_m3 (water stored per season, m3), screen_top_m and screen_bottom_m (m below ground level), optional valid_from/valid_to (years or dates) and capacity_kw. Closed loops (points, optional): system id, energy_mwh_year (heat extracted or injected per year, MWh), depth_m (loop length, m), optional validity. Fields are chosen with the field parameters (canonical names by default). With a year, only systems valid in that year count.

&lt;b&gt;Method.&lt;/b&gt; Per well the thermal radius r_th = sqrt(c_w V / (c_aq pi H)) and the hydraulic radius r_h = sqrt(V / (n pi H)), H = screen bottom - screen top; c_w = 4.2 MJ/m3K (water), c_aq = 2.8 MJ/m3K (saturated aquifer), n = 0.3 by default. Per closed loop the yearly energy E spread over a cylinder of the loop length L changes the temperature by dT where r = sqrt(E / (c_aq pi L dT)); dT is the threshold in the distance table (default 0.5 K). The influence area is a circle of that radius, from the screen top to its bottom (a loop: 0 to its length): a 3D claim with kind 'bestaande wko' that Depth-band suitability and the cumulation heatmap read.
Interference: the distance table gives the required distance per pair (well-well, well-loop, loop-loop), relation (within one system or between systems) and temperature (same or opposite well types) as a factor times the mean, the larger or the sum of the two thermal radii. Every pair closer than that is a line, with the overlap (required - distance), whether the depths overlap and whether they exist at the same time. Verdict: the rule's verdict (interference, attention), or separated_depth / separated_time when the depth ranges or the validity periods do not overlap.
Conflicts: constraint layers (polygons; kind from the kind field, else the zone field, else the layer name; top_m/bottom_m, empty = 0 / unbounded). The rules are the suitability rules of the open and the closed function ('wko open', 'bodemenergie gesloten'); excluded and conditional rules make conflicts. Part 'well': the well lies in the zone and its borehole (ground level to the screen bottom) reaches the zone's depth; part 'influence_area': the influence area overlaps the zone in plan and at the screen's depth.
Free space (optional raster): per cell whether one well of a new system (volume, screen) fits: 0 excluded by a zone, 1 too close to existing systems for either type, 2 only a warm well, 3 only a cold well, 4 either. Place the new system's warm and cold wells in fitting cells at least the within-system distance apart.

&lt;b&gt;Defaults and sources.&lt;/b&gt; Distances (rules/bodemenergie_distances.csv, each row names its source): 3 x the mean thermal radius between warm and cold wells within and between systems (practice rule of the Handreiking masterplannen bodemenergie, SIKB/Bodem+; Bloemendal et al. 2018, Applied Energy 216); wells of the same temperature of different systems and closed loops may not overlap their influence areas (the definition of interference of the Besluit bodemenergiesystemen, Bodem+/Infomil). Check them against SIKB BUM 11000 and your municipality's bodemenergieplan and edit a copy of the table. The influence areas ignore conduction losses and groundwater flow.</source>
            <translation>Thermische invloedsgebieden van bodemenergiesystemen (open WKO-doubletten en gesloten lussen), de bronnen en lussen die dichter bij elkaar staan dan de regels toestaan, hun conflicten met beschermings- en andere zones, en waar een nieuw systeem nog kan.

&lt;b&gt;Invoer.&lt;/b&gt; Bronnen (punten, een per bron van een open systeem): systeemnummer, brontype (warm of koud), volume_m3 (opgeslagen water per seizoen, m3), screen_top_m en screen_bottom_m (m -mv), optioneel valid_from/valid_to (jaren of datums) en capacity_kw. Gesloten lussen (punten, optioneel): systeemnummer, energy_mwh_year (per jaar onttrokken of ingebrachte warmte, MWh), depth_m (luslengte, m), optioneel de geldigheid. De velden kies je met de veldparameters (standaard de canonieke namen). Met een jaar tellen alleen de systemen die in dat jaar gelden.

&lt;b&gt;Methode.&lt;/b&gt; Per bron de thermische straal r_th = sqrt(c_w V / (c_aq pi H)) en de hydraulische straal r_h = sqrt(V / (n pi H)), H = onderkant filter - bovenkant filter; c_w = 4,2 MJ/m3K (water), c_aq = 2,8 MJ/m3K (verzadigd watervoerend pakket), n = 0,3 standaard. Per gesloten lus verandert de jaarlijkse energie E, verdeeld over een cilinder met de luslengte L, de temperatuur met dT waar r = sqrt(E / (c_aq pi L dT)); dT is de drempel in de afstandstabel (standaard 0,5 K). Het invloedsgebied is een cirkel met die straal, van de bovenkant tot de onderkant van het filter (een lus: 0 tot zijn lengte): een 3D-claim met soort 'bestaande wko' die Geschiktheid per diepteband en de stapelingskaart lezen.
Interferentie: de afstandstabel geeft de vereiste afstand per paar (bron-bron, bron-lus, lus-lus), relatie (binnen een systeem of tussen systemen) en temperatuur (gelijke of tegengestelde brontypen) als een factor maal het gemiddelde, de grootste of de som van de twee thermische stralen. Elk paar dat dichter bij elkaar staat wordt een lijn, met de overlap (vereist - afstand), of de diepten overlappen en of ze tegelijk bestaan. Oordeel: het oordeel van de regel (interference, attention), of separated_depth / separated_time als de diepten of de geldigheidsperioden niet overlappen.
Conflicten: randvoorwaardenlagen (vlakken; soort uit het soortveld, anders het veld zone, anders de laagnaam; top_m/bottom_m, leeg = 0 / onbegrensd). De regels zijn de geschiktheidsregels van de open en de gesloten functie ('wko open', 'bodemenergie gesloten'); regels excluded en conditional geven conflicten. Deel 'well': de bron ligt in de zone en zijn boorgat (maaiveld tot onderkant filter) reikt tot de diepte van de zone; deel 'influence_area': het invloedsgebied overlapt de zone in het platte vlak en op de diepte van het filter.
Vrije ruimte (optioneel raster): per cel of een bron van een nieuw systeem (volume, filter) past: 0 uitgesloten door een zone, 1 te dicht bij bestaande systemen voor beide typen, 2 alleen een warme bron, 3 alleen een koude bron, 4 beide. Plaats de warme en koude bron van het nieuwe systeem in passende cellen, minstens de afstand binnen een systeem uit elkaar.

&lt;b&gt;Standaardwaarden en bronnen.&lt;/b&gt; Afstanden (rules/bodemenergie_distances.csv, elke rij noemt zijn bron): 3 x de gemiddelde thermische straal tussen warme en koude bronnen binnen en tussen systemen (praktijkregel uit de Handreiking masterplannen bodemenergie, SIKB/Bodem+; Bloemendal et al. 2018, Applied Energy 216); bronnen van gelijke temperatuur van verschillende systemen en gesloten lussen mogen hun invloedsgebieden niet laten overlappen (de definitie van interferentie in het Besluit bodemenergiesystemen, Bodem+/Infomil). Toets ze aan SIKB BUM 11000 en het bodemenergieplan van je gemeente en pas een kopie van de tabel aan. De invloedsgebieden houden geen rekening met geleidingsverliezen en grondwaterstroming.</translation>
        </message>
        <message>
            <location filename="../algorithms/bodemenergie.py" />
            <location filename="../algorithms/presentation.py" />
            <source>Wells</source>
            <translation>Bronnen</translation>
        </message>
        <message>
            <location filename="../algorithms/bodemenergie.py" />
            <source>volume</source>
            <translation>volume</translation>
        </message>
        <message>
            <location filename="../algorithms/bodemenergie.py" />
            <source>screen top</source>
            <translation>bovenkant filter</translation>
        </message>
        <message>
            <location filename="../algorithms/bodemenergie.py" />
            <source>screen bottom</source>
            <translation>onderkant filter</translation>
        </message>
        <message>
            <location filename="../algorithms/bodemenergie.py" />
            <source>Closed loops</source>
            <translation>Gesloten systemen</translation>
        </message>
        <message>
            <location filename="../algorithms/bodemenergie.py" />
            <source>yearly energy</source>
            <translation>jaarlijkse energie</translation>
        </message>
        <message>
            <location filename="../algorithms/bodemenergie.py" />
            <source>loop depth</source>
            <translation>lusdiepte</translation>
        </message>
        <message>
            <location filename="../algorithms/bodemenergie.py" />
            <source>Wells of open systems (points)</source>
            <translation>Bronnen van open systemen (punten)</translation>
        </message>
        <message>
            <location filename="../algorithms/bodemenergie.py" />
            <source>Closed loops (points)</source>
            <translation>Gesloten systemen (punten)</translation>
        </message>
        <message>
            <location filename="../algorithms/bodemenergie.py" />
            <source>Heat capacity of water (MJ/m3K)</source>
            <translation>Warmtecapaciteit van water (MJ/m3K)</translation>
        </message>
        <message>
            <location filename="../algorithms/bodemenergie.py" />
            <source>Heat capacity of the saturated aquifer (MJ/m3K)</source>
            <translation>Warmtecapaciteit van het verzadigde watervoerend pakket (MJ/m3K)</translation>
        </message>
        <message>
            <location filename="../algorithms/bodemenergie.py" />
            <location filename="../algorithms/drinkingwaterprotection.py" />
            <source>Effective porosity (-)</source>
            <translation>Effectieve porositeit (-)</translation>
        </message>
        <message>
            <location filename="../algorithms/bodemenergie.py" />
            <source>Year (only systems valid in this year; empty = all)</source>
            <translation>Jaar (alleen systemen die dat jaar gelden; leeg = alle)</translation>
        </message>
        <message>
            <location filename="../algorithms/bodemenergie.py" />
            <source>Distance rules (CSV: quantity, pair, relation, temperature, value, combine, verdict, note, source)</source>
            <translation>Afstandsregels (CSV: quantity, pair, relation, temperature, value, combine, verdict, note, source)</translation>
        </message>
        <message>
            <location filename="../algorithms/bodemenergie.py" />
            <source>Constraint layers (protection zones, boringsvrije zones, legal zones)</source>
            <translation>Randvoorwaardenlagen (beschermingszones, boringsvrije zones, juridische zones)</translation>
        </message>
        <message>
            <location filename="../algorithms/bodemenergie.py" />
            <source>Constraint kind field (without it: the zone field or the layer name)</source>
            <translation>Veld soort van de randvoorwaarde (zonder: het veld zone of de laagnaam)</translation>
        </message>
        <message>
            <location filename="../algorithms/bodemenergie.py" />
            <source>Constraint top field (m below ground level)</source>
            <translation>Veld bovenkant van de randvoorwaarde (m -mv)</translation>
        </message>
        <message>
            <location filename="../algorithms/bodemenergie.py" />
            <source>Constraint bottom field (m below ground level)</source>
            <translation>Veld onderkant van de randvoorwaarde (m -mv)</translation>
        </message>
        <message>
            <location filename="../algorithms/bodemenergie.py" />
            <source>Function of open systems in the conflict rules</source>
            <translation>Functie van open systemen in de conflictregels</translation>
        </message>
        <message>
            <location filename="../algorithms/bodemenergie.py" />
            <source>Function of closed systems in the conflict rules</source>
            <translation>Functie van gesloten systemen in de conflictregels</translation>
        </message>
        <message>
            <location filename="../algorithms/bodemenergie.py" />
            <source>Free space: volume of the new system per well (m3 per season)</source>
            <translation>Vrije ruimte: volume van het nieuwe systeem per bron (m3 per seizoen)</translation>
        </message>
        <message>
            <location filename="../algorithms/bodemenergie.py" />
            <source>Free space: screen top of the new system (m below ground level)</source>
            <translation>Vrije ruimte: bovenkant filter van het nieuwe systeem (m -mv)</translation>
        </message>
        <message>
            <location filename="../algorithms/bodemenergie.py" />
            <source>Free space: screen bottom of the new system (m below ground level)</source>
            <translation>Vrije ruimte: onderkant filter van het nieuwe systeem (m -mv)</translation>
        </message>
        <message>
            <location filename="../algorithms/bodemenergie.py" />
            <source>Free space: area (empty = the systems' extent)</source>
            <translation>Vrije ruimte: gebied (leeg = de omvang van de systemen)</translation>
        </message>
        <message>
            <location filename="../algorithms/bodemenergie.py" />
            <source>Free space: cell size (m)</source>
            <translation>Vrije ruimte: celgrootte (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/bodemenergie.py" />
            <source>Thermal influence areas</source>
            <translation>Thermische invloedsgebieden</translation>
        </message>
        <message>
            <location filename="../algorithms/bodemenergie.py" />
            <source>Interference</source>
            <translation>Interferentie</translation>
        </message>
        <message>
            <location filename="../algorithms/bodemenergie.py" />
            <source>Conflicts with zones</source>
            <translation>Conflicten met zones</translation>
        </message>
        <message>
            <location filename="../algorithms/bodemenergie.py" />
            <source>Free space for a new system</source>
            <translation>Vrije ruimte voor een nieuw systeem</translation>
        </message>
        <message>
            <location filename="../algorithms/bodemenergie.py" />
            <source>Number of interfering pairs</source>
            <translation>Aantal interfererende paren</translation>
        </message>
        <message>
            <location filename="../algorithms/bodemenergie.py" />
            <location filename="../algorithms/reservationcheck.py" />
            <source>Number of conflicts</source>
            <translation>Aantal conflicten</translation>
        </message>
        <message>
            <location filename="../algorithms/bodemenergie.py" />
            <source>The closed loops layer must hold points.</source>
            <translation>De laag met gesloten systemen moet punten bevatten.</translation>
        </message>
        <message>
            <location filename="../algorithms/bodemenergie.py" />
            <source>System id field</source>
            <translation>Veld systeemnummer</translation>
        </message>
        <message>
            <location filename="../algorithms/bodemenergie.py" />
            <source>Well type field (warm / koud)</source>
            <translation>Veld brontype (warm / koud)</translation>
        </message>
        <message>
            <location filename="../algorithms/bodemenergie.py" />
            <source>Volume field (m3 stored per season)</source>
            <translation>Veld volume (m3 opgeslagen per seizoen)</translation>
        </message>
        <message>
            <location filename="../algorithms/bodemenergie.py" />
            <source>Screen top field (m below ground level)</source>
            <translation>Veld bovenkant filter (m -mv)</translation>
        </message>
        <message>
            <location filename="../algorithms/bodemenergie.py" />
            <source>Screen bottom field (m below ground level)</source>
            <translation>Veld onderkant filter (m -mv)</translation>
        </message>
        <message>
            <location filename="../algorithms/bodemenergie.py" />
            <location filename="../algorithms/checkcanonicalfields.py" />
            <location filename="../algorithms/cumulationheatmap.py" />
            <location filename="../algorithms/obstacles.py" />
            <source>Valid from field (year or date)</source>
            <translation>Veld geldig vanaf (jaar of datum)</translation>
        </message>
        <message>
            <location filename="../algorithms/bodemenergie.py" />
            <location filename="../algorithms/checkcanonicalfields.py" />
            <location filename="../algorithms/cumulationheatmap.py" />
            <location filename="../algorithms/obstacles.py" />
            <source>Valid to field (year or date)</source>
            <translation>Veld geldig tot en met (jaar of datum)</translation>
        </message>
        <message>
            <location filename="../algorithms/bodemenergie.py" />
            <source>Capacity field (kW)</source>
            <translation>Veld vermogen (kW)</translation>
        </message>
        <message>
            <location filename="../algorithms/bodemenergie.py" />
            <source>Loop system id field</source>
            <translation>Veld systeemnummer van de lussen</translation>
        </message>
        <message>
            <location filename="../algorithms/bodemenergie.py" />
            <source>Loop energy field (MWh/year)</source>
            <translation>Veld energie van de lus (MWh/jaar)</translation>
        </message>
        <message>
            <location filename="../algorithms/bodemenergie.py" />
            <source>Loop depth field (loop length, m)</source>
            <translation>Veld lusdiepte (luslengte, m)</translation>
        </message>
        <message>
            <location filename="../algorithms/bodemenergie.py" />
            <source>Loop valid from field (year or date)</source>
            <translation>Veld lus geldig vanaf (jaar of datum)</translation>
        </message>
        <message>
            <location filename="../algorithms/bodemenergie.py" />
            <source>Loop valid to field (year or date)</source>
            <translation>Veld lus geldig tot en met (jaar of datum)</translation>
        </message>
        <message>
            <location filename="../algorithms/bodemenergie.py" />
            <source>Conflict rules (CSV: function, kind, verdict, note; the suitability rules)</source>
            <translation>Conflictregels (CSV: function, kind, verdict, note; de geschiktheidsregels)</translation>
        </message>
        <message>
            <location filename="../algorithms/bodemenergie.py" />
            <source>{layer}, feature {fid}, fields {a}/{b}</source>
            <translation>{layer}, object {fid}, velden {a}/{b}</translation>
        </message>
        <message>
            <location filename="../algorithms/bodemenergie.py" />
            <source>{n} pair(s) closer than the rules allow, {m} of them at the same depth and time.</source>
            <translation>{n} paar/paren dichter bij elkaar dan de regels toestaan, waarvan {m} op dezelfde diepte en tegelijk.</translation>
        </message>
        <message>
            <location filename="../algorithms/bodemenergie.py" />
            <source>Free space for a new well of {v:g} m3 at {t:g}-{b:g} m: thermal radius {r:.1f} m, {n:,} cells of {c:g} m.</source>
            <translation>Vrije ruimte voor een nieuwe bron van {v:g} m3 op {t:g}-{b:g} m: thermische straal {r:.1f} m, {n:,} cellen van {c:g} m.</translation>
        </message>
        <message>
            <location filename="../algorithms/bodemenergie.py" />
            <source>The new system's screen bottom ({bottom} m) must lie below its top ({top} m).</source>
            <translation>De onderkant van het filter van het nieuwe systeem ({bottom} m) moet onder de bovenkant ({top} m) liggen.</translation>
        </message>
        <message>
            <location filename="../algorithms/bodemenergie.py" />
            <source>{layer}: the layer has no field '{field}'; choose the field with the parameter {parameter}.</source>
            <translation>{layer}: de laag heeft geen veld '{field}'; kies het veld met de parameter {parameter}.</translation>
        </message>
        <message>
            <location filename="../algorithms/bodemenergie.py" />
            <source>{layer}: the layer has no wells with a location.</source>
            <translation>{layer}: de laag heeft geen bronnen met een locatie.</translation>
        </message>
        <message>
            <location filename="../algorithms/bodemenergie.py" />
            <source>{n} of {total} wells and loops are valid in {year}.</source>
            <translation>{n} van de {total} bronnen en lussen gelden in {year}.</translation>
        </message>
        <message>
            <location filename="../algorithms/bodemenergie.py" />
            <source>Open system(s) without both a warm and a cold well: {ids}.</source>
            <translation>Open systeem/systemen zonder zowel een warme als een koude bron: {ids}.</translation>
        </message>
        <message>
            <location filename="../algorithms/bodemenergie.py" />
            <source>The free-space raster would have {n:,} cells; choose a larger cell size or a smaller area.</source>
            <translation>Het raster met vrije ruimte zou {n:,} cellen krijgen; kies een grotere celgrootte of een kleiner gebied.</translation>
        </message>
        <message>
            <location filename="../algorithms/bodemenergie.py" />
            <location filename="../algorithms/cumulationheatmap.py" />
            <source>Cannot write the raster {path}.</source>
            <translation>Het raster {path} kan niet worden geschreven.</translation>
        </message>
        <message>
            <location filename="../algorithms/bodemenergie.py" />
            <source>{layer}, feature {fid}, field {field}</source>
            <translation>{layer}, object {fid}, veld {field}</translation>
        </message>
        <message>
            <location filename="../algorithms/bodemenergie.py" />
            <source>{layer}, feature {fid}: the {what} (field {field}) is empty; fill it in.</source>
            <translation>{layer}, object {fid}: {what} (veld {field}) is leeg; vul het in.</translation>
        </message>
        <message>
            <location filename="../algorithms/bodemenergie.py" />
            <source>{layer}, feature {fid}, field {field}: {value} is not a finite number.</source>
            <translation>{layer}, object {fid}, veld {field}: {value} is geen eindig getal.</translation>
        </message>
        <message>
            <location filename="../algorithms/bodemenergie.py" />
            <source>{what}: valid_from {a} is after valid_to {b}.</source>
            <translation>{what}: valid_from {a} ligt na valid_to {b}.</translation>
        </message>
        <message>
            <location filename="../algorithms/bodemenergie.py" />
            <source>{layer}, feature {fid}: a multipoint with {n} points; make one feature per well or loop (Vector &gt; Geometry &gt; Multipart to singleparts).</source>
            <translation>{layer}, object {fid}: een multipunt met {n} punten; maak een object per bron of lus (Vector &gt; Geometrie &gt; Multi- naar enkeldelig).</translation>
        </message>
        <message>
            <location filename="../algorithms/bodemenergie.py" />
            <source>{layer}, feature {fid}: the system id (field {field}) is empty; give every well its system.</source>
            <translation>{layer}, object {fid}: het systeemnummer (veld {field}) is leeg; geef elke bron zijn systeem.</translation>
        </message>
        <message>
            <location filename="../algorithms/bodemenergie.py" />
            <source>{layer}, feature {fid}: well type '{value}' (field {field}) is not 'warm' or 'koud'.</source>
            <translation>{layer}, object {fid}: brontype '{value}' (veld {field}) is niet 'warm' of 'koud'.</translation>
        </message>
        <message>
            <location filename="../algorithms/bodemenergie.py" />
            <source>{layer}, feature {fid}: the volume {v} m3 must be larger than 0.</source>
            <translation>{layer}, object {fid}: het volume {v} m3 moet groter zijn dan 0.</translation>
        </message>
        <message>
            <location filename="../algorithms/bodemenergie.py" />
            <source>{layer}, feature {fid}: the screen runs from {t} to {b} m below ground level; the top must be 0 or deeper and the bottom below the top.</source>
            <translation>{layer}, object {fid}: het filter loopt van {t} tot {b} m -mv; de bovenkant moet op 0 of dieper liggen en de onderkant onder de bovenkant.</translation>
        </message>
        <message>
            <location filename="../algorithms/bodemenergie.py" />
            <source>{layer}, feature {fid}: the system id (field {field}) is empty; give every loop its system.</source>
            <translation>{layer}, object {fid}: het systeemnummer (veld {field}) is leeg; geef elke lus zijn systeem.</translation>
        </message>
        <message>
            <location filename="../algorithms/bodemenergie.py" />
            <source>{layer}, feature {fid}: energy {e} MWh/year and depth {d} m must both be larger than 0.</source>
            <translation>{layer}, object {fid}: energie {e} MWh/jaar en diepte {d} m moeten allebei groter zijn dan 0.</translation>
        </message>
        <message>
            <location filename="../algorithms/bodemenergie.py" />
            <source>Constraint layer {layer} has no polygons; zones must be polygons.</source>
            <translation>Randvoorwaardenlaag {layer} heeft geen vlakken; zones moeten vlakken zijn.</translation>
        </message>
        <message>
            <location filename="../algorithms/bodemenergie.py" />
            <source>Layer {layer} has no coordinate reference system; set it in the layer properties (Dutch data is usually EPSG:28992, RD New) and run again.</source>
            <translation>Laag {layer} heeft geen coördinaatreferentiesysteem; stel het in bij de laageigenschappen (Nederlandse data is meestal EPSG:28992, RD New) en draai opnieuw.</translation>
        </message>
        <message>
            <location filename="../algorithms/bodemenergie.py" />
            <source>Kinds without a conflict rule for ground energy (no effect): {kinds}.</source>
            <translation>Soorten zonder conflictregel voor bodemenergie (geen effect): {kinds}.</translation>
        </message>
        <message>
            <location filename="../algorithms/bodemenergie.py" />
            <source>Layer {layer}, feature {fid}</source>
            <translation>Laag {layer}, object {fid}</translation>
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
            <location filename="../algorithms/crosssection.py" />
            <source>Cross-section</source>
            <translation>Dwarsdoorsnede</translation>
        </message>
        <message>
            <location filename="../algorithms/crosssection.py" />
            <source>A cross-section (dwarsdoorsnede) along a line you draw: which cables, pipes, volumes and trees lie under it, at what distance along the line and at what depth.

Inputs: the section (one line; select one and tick 'Selected features only' on a layer with more), layers with depths (cables and pipes by depth_m, top of the pipe, and diameter_m; polygons and points by top_m and bottom_m, as are lines without depth_m but with top_m; trees (type boom/tree) with their root zone radius_m), the buffer (m either side of the line), the maximum depth (m below ground level), optionally a year. The type of a feature is its utility_type, else its kind, else taken from the layer name (bomen: boom).

Method: a pipe that crosses the line is a circle of its diameter at the distance of the crossing point along the line (at an angle too: where it meets the line, not where it enters the buffer); a stretch of pipe within the buffer that does not cross the line (running along it) is a band over the part of the section it covers. Polygons are bands over the stretch where they intersect the line (one within the buffer that does not touch the line: the stretch of its part in the buffer); a tree is its root zone, the disc of radius_m around the trunk, from the surface down. Features whose top is deeper than the maximum depth are left out; unbounded bottoms stop there. With a year, only features valid that year (valid_from/valid_to, inclusive, empty = open) are shown.

Missing depths take the network operator's standard depth (standard_depth_m), else the defaults table (rules/default_depths.csv: typical depths after the practice values of the network operators and CROW 280 for trees); they are flagged depth_assumed and drawn hatched.

Output: features in section coordinates (x = distance along the section from its first vertex in m, y = -depth in m; no map CRS) with layer, feature_id, utility_type, kind, distance_m, top_m, bottom_m (empty when unbounded) and depth_assumed. Drawing (PNG or SVG): the section with a depth axis, labels by type and depth, assumed depths hatched and, for a chosen utility type, the clearance it must keep from each item (rules/clearances.csv, practice values of the network operators). A logarithmic depth axis suits deep sections (0-4000 m).</source>
            <translation>Een dwarsdoorsnede langs een lijn die u tekent: welke kabels, leidingen, volumes en bomen eronder liggen, op welke afstand langs de lijn en op welke diepte.

Invoer: de doorsnede (één lijn; selecteer er één en vink 'Alleen geselecteerde objecten' aan bij een laag met meer), lagen met diepten (kabels en leidingen met depth_m, bovenkant buis, en diameter_m; vlakken en punten met top_m en bottom_m, net als lijnen zonder depth_m maar met top_m; bomen (type boom/tree) met hun wortelzone radius_m), de buffer (m aan weerszijden van de lijn), de maximale diepte (m onder maaiveld), eventueel een jaar. Het type van een object is zijn utility_type, anders zijn kind, anders afgeleid van de laagnaam (bomen: boom).

Methode: een leiding die de lijn kruist is een cirkel van haar diameter op de afstand van het kruispunt langs de lijn (ook schuin: waar zij de lijn raakt, niet waar zij de buffer binnenkomt); een stuk leiding binnen de buffer dat de lijn niet kruist (dat erlangs loopt) is een band over het deel van de doorsnede dat het beslaat. Vlakken zijn banden over het stuk waar zij de lijn snijden (een vlak binnen de buffer dat de lijn niet raakt: het stuk van zijn deel in de buffer); een boom is zijn wortelzone, de schijf met straal radius_m rond de stam, vanaf maaiveld naar beneden. Objecten waarvan de bovenkant dieper ligt dan de maximale diepte vallen weg; onbegrensde onderkanten stoppen daar. Met een jaar worden alleen objecten getoond die dat jaar geldig zijn (valid_from/valid_to, inclusief, leeg = open).

Ontbrekende diepten krijgen de standaarddiepte van de netbeheerder (standard_depth_m), anders de tabel met standaardwaarden (rules/default_depths.csv: gangbare diepten naar de praktijkwaarden van de netbeheerders en CROW 280 voor bomen); zij krijgen depth_assumed en worden gearceerd getekend.

Uitvoer: objecten in doorsnedecoördinaten (x = afstand langs de doorsnede vanaf het eerste punt in m, y = -diepte in m; geen kaart-CRS) met layer, feature_id, utility_type, kind, distance_m, top_m, bottom_m (leeg als onbegrensd) en depth_assumed. Tekening (PNG of SVG): de doorsnede met een diepte-as, labels per type en diepte, aangenomen diepten gearceerd en, voor een gekozen type leiding, de afstand die het van elk object moet houden (rules/clearances.csv, praktijkwaarden van de netbeheerders). Een logaritmische diepte-as past bij diepe doorsneden (0-4000 m).</translation>
        </message>
        <message>
            <location filename="../algorithms/crosssection.py" />
            <source>Section line</source>
            <translation>Doorsnedelijn</translation>
        </message>
        <message>
            <location filename="../algorithms/crosssection.py" />
            <source>Layers with depths: cables and pipes, volumes, trees</source>
            <translation>Lagen met diepten: kabels en leidingen, volumes, bomen</translation>
        </message>
        <message>
            <location filename="../algorithms/crosssection.py" />
            <source>Buffer (m either side of the section)</source>
            <translation>Buffer (m aan weerszijden van de doorsnede)</translation>
        </message>
        <message>
            <location filename="../algorithms/crosssection.py" />
            <source>Maximum depth (m below ground level)</source>
            <translation>Maximale diepte (m onder maaiveld)</translation>
        </message>
        <message>
            <location filename="../algorithms/crosssection.py" />
            <source>Year (only what is valid then; empty: everything)</source>
            <translation>Jaar (alleen wat dan geldig is; leeg: alles)</translation>
        </message>
        <message>
            <location filename="../algorithms/crosssection.py" />
            <source>Show the clearances of this utility type (IMKL thema code, e.g. warmte)</source>
            <translation>Toon de afstanden die dit type leiding moet houden (IMKL-themacode, bijv. warmte)</translation>
        </message>
        <message>
            <location filename="../algorithms/crosssection.py" />
            <source>Logarithmic depth axis in the drawing (deep sections)</source>
            <translation>Logaritmische diepte-as in de tekening (diepe doorsneden)</translation>
        </message>
        <message>
            <location filename="../algorithms/crosssection.py" />
            <source>Cross-section (section coordinates: distance m, -depth m)</source>
            <translation>Dwarsdoorsnede (doorsnedecoördinaten: afstand m, -diepte m)</translation>
        </message>
        <message>
            <location filename="../algorithms/crosssection.py" />
            <source>Drawing</source>
            <translation>Tekening</translation>
        </message>
        <message>
            <location filename="../algorithms/crosssection.py" />
            <source>PNG files (*.png);;SVG files (*.svg)</source>
            <translation>PNG-bestanden (*.png);;SVG-bestanden (*.svg)</translation>
        </message>
        <message>
            <location filename="../algorithms/crosssection.py" />
            <source>Number of items in the section</source>
            <translation>Aantal objecten in de doorsnede</translation>
        </message>
        <message>
            <location filename="../algorithms/crosssection.py" />
            <source>Choose at least one layer with depths to show in the section.</source>
            <translation>Kies ten minste één laag met diepten om in de doorsnede te tonen.</translation>
        </message>
        <message>
            <location filename="../algorithms/crosssection.py" />
            <source>{n} item(s) in the {length:.1f} m section ({circles} pipe crossing(s)); {assumed} with an assumed depth.</source>
            <translation>{n} object(en) in de doorsnede van {length:.1f} m ({circles} kruisende leiding(en)); {assumed} met een aangenomen diepte.</translation>
        </message>
        <message>
            <location filename="../algorithms/crosssection.py" />
            <source>Cross-section along {layer} ({length:.1f} m)</source>
            <translation>Dwarsdoorsnede langs {layer} ({length:.1f} m)</translation>
        </message>
        <message>
            <location filename="../algorithms/crosssection.py" />
            <source>Buffer {buffer:g} m either side; {when}</source>
            <translation>Buffer {buffer:g} m aan weerszijden; {when}</translation>
        </message>
        <message>
            <location filename="../algorithms/crosssection.py" />
            <location filename="../core/reservation_report.py" />
            <source>all years</source>
            <translation>alle jaren</translation>
        </message>
        <message>
            <location filename="../algorithms/crosssection.py" />
            <source>Drawing written to {path}</source>
            <translation>Tekening geschreven naar {path}</translation>
        </message>
        <message>
            <location filename="../algorithms/crosssection.py" />
            <location filename="../algorithms/locationreport.py" />
            <location filename="../algorithms/reservationcheck.py" />
            <source>Layer {layer} has no geometry and is left out.</source>
            <translation>Laag {layer} heeft geen geometrie en wordt overgeslagen.</translation>
        </message>
        <message>
            <location filename="../algorithms/crosssection.py" />
            <location filename="../core/reservation_report.py" />
            <source>year {year}</source>
            <translation>jaar {year}</translation>
        </message>
        <message>
            <location filename="../algorithms/cumulationheatmap.py" />
            <location filename="../models/ondergrond_provincie.model3" />
            <source>Cumulation heatmap</source>
            <translation>Stapelingskaart</translation>
        </message>
        <message>
            <location filename="../algorithms/cumulationheatmap.py" />
            <source>Layer '{layer}', feature {{index}}, field {field}</source>
            <translation>Laag '{layer}', object {{index}}, veld {field}</translation>
        </message>
        <message>
            <location filename="../algorithms/cumulationheatmap.py" />
            <source>Defaults: the hotspot threshold is 3, so a default run marks where three or more claims (or kinds, or weight 3) stack in a cell: the stacking of claims the DGDO regiosessies (2025) name as a concern. Set your own threshold, or clear it for no hotspots. The year is empty by default: every claim counts, whatever its validity; give a year (e.g. 2035) to see one moment.</source>
            <translation>Standaardwaarden: de drempel voor brandpunten is 3, zodat een run met standaardwaarden aangeeft waar drie of meer claims (of soorten, of gewicht 3) in een cel stapelen: de stapeling van claims die de DGDO-regiosessies (2025) als zorg noemen. Stel een eigen drempel in, of maak hem leeg voor geen brandpunten. Het jaar is standaard leeg: elke claim telt, ongeacht de geldigheid; geef een jaar (bijv. 2035) om een moment te zien.</translation>
        </message>
        <message>
            <location filename="../algorithms/cumulationheatmap.py" />
            <source>Layer '{layer}', feature {fid}</source>
            <translation>Laag '{layer}', object {fid}</translation>
        </message>
        <message>
            <location filename="../algorithms/cumulationheatmap.py" />
            <source>Shows where claims and effects on the subsurface stack up (cumulation): how many, how many different kinds and how heavy, within a depth band and for a given year. "The effect of one development can be overseen; the cumulation of separate developments often has a larger effect" (Nota Ruimte).

Input: any number of point, line and polygon layers (claims, activities, effect areas). Per feature: a weight (field 'weight'; a layer without it weighs 1 per feature, an empty value counts as 1), a category (field 'kind'; without it the layer name is the category) and an effect radius in m (field 'effect_radius_m'; absent or empty = 0).

A feature covers a raster cell when the cell's centre lies inside the feature or within its effect radius of it (distance ≤ radius); points and lines with radius 0 cover every cell they touch. Per cell the result is, depending on the mode: the number of features, the sum of their weights, the number of different categories, or the largest weight. With linear decay a weight counts as weight x (1 - d/R), d the distance from the cell centre to the feature (0 inside a polygon) and R its radius; decay does not change counts. Cells nothing covers are 0.

Depth window (m below ground level): only features whose top_m-bottom_m range overlaps the window count (empty top = ground level, empty bottom = unbounded; ranges that only touch do not overlap). Year: only features valid in that year count (valid_from ≤ year ≤ valid_to, inclusive, empty = open-ended). With a depth window, heights in m NAP can be read instead (advanced: the top and/or bottom field in m NAP and a ground-level raster in m NAP, AHN, or a value; depth = ground level - height, a top above ground becomes 0). Features with a negative depth or a top below their bottom are skipped and listed in the log; they never stop the run.

Output: a Float32 GeoTIFF in a projected metre CRS (inputs in degrees are reprojected to EPSG:28992), starting at the extent's top-left corner. The default extent is the inputs' extent grown by the largest effect radius, snapped outward to the cell grid. The default cell size of 25 m is a plan-scale choice; large areas are computed tile by tile, so memory stays bounded. With a threshold, hotspots are the connected areas where the value is at least the threshold, with their largest value, area (m2) and contributors: the categories and the number of features of each that cover the hotspot.

Negative weights (read in the weight modes only) or radii are refused with the feature named. Inputs are never changed.</source>
            <translation>Laat zien waar claims en effecten in de ondergrond zich opstapelen (cumulatie): hoeveel, hoeveel verschillende soorten en hoe zwaar, binnen een dieptebereik en voor een bepaald jaar. "Het effect van één ontwikkeling is te overzien, de cumulatie van verschillende losse ontwikkelingen heeft vaak een groter effect" (Nota Ruimte).

Invoer: willekeurig veel punt-, lijn- en vlaklagen (claims, activiteiten, effectgebieden). Per object: een gewicht (veld 'weight'; een laag zonder dit veld telt 1 per object, een lege waarde telt als 1), een categorie (veld 'kind'; zonder dit veld is de laagnaam de categorie) en een effectstraal in m (veld 'effect_radius_m'; ontbreekt of leeg = 0).

Een object bedekt een rastercel als het middelpunt van de cel binnen het object ligt of binnen zijn effectstraal ervan (afstand ≤ straal); punten en lijnen met straal 0 bedekken elke cel die ze raken. Per cel is de uitkomst, afhankelijk van de gekozen waarde: het aantal objecten, de som van hun gewichten, het aantal verschillende categorieën of het hoogste gewicht. Bij lineaire afname telt een gewicht als gewicht x (1 - d/R), met d de afstand van het celmiddelpunt tot het object (0 binnen een vlak) en R de effectstraal; afname verandert aantallen niet. Cellen die door niets bedekt worden zijn 0.

Dieptevenster (m onder maaiveld): alleen objecten waarvan het bereik top_m-bottom_m het venster overlapt tellen mee (lege bovenkant = maaiveld, lege onderkant = onbegrensd; bereiken die elkaar alleen raken overlappen niet). Jaar: alleen objecten die in dat jaar gelden tellen mee (valid_from ≤ jaar ≤ valid_to, inclusief, leeg = zonder begin of eind). Met een dieptevenster kunnen in plaats daarvan hoogten in m NAP gelezen worden (geavanceerd: het veld bovenkant en/of onderkant in m NAP en een maaiveldraster in m NAP, AHN, of een waarde; diepte = maaiveldhoogte - hoogte, een bovenkant boven maaiveld wordt 0). Objecten met een negatieve diepte of een bovenkant onder hun onderkant worden overgeslagen en in het logboek genoemd; ze stoppen de berekening nooit.

Uitvoer: een Float32 GeoTIFF in een geprojecteerd CRS in meters (invoer in graden wordt omgezet naar EPSG:28992), beginnend in de linkerbovenhoek van het gebied. Het standaardgebied is het gebied van de invoer, vergroot met de grootste effectstraal en naar buiten afgerond op het celraster. De standaardcelgrootte van 25 m is een keuze op planschaal; grote gebieden worden in tegels berekend, zodat het geheugengebruik begrensd blijft. Met een drempel zijn de brandpunten de aaneengesloten gebieden waar de waarde minstens de drempel is, met hun hoogste waarde, oppervlakte (m2) en bijdragers: de categorieën en het aantal objecten van elk dat het brandpunt bedekt.

Negatieve gewichten (alleen gelezen bij de waarden met gewicht) of stralen worden geweigerd, met het object erbij genoemd. De invoer wordt nooit gewijzigd.</translation>
        </message>
        <message>
            <location filename="../algorithms/cumulationheatmap.py" />
            <source>Claim layers (points, lines, polygons)</source>
            <translation>Lagen met claims (punten, lijnen, vlakken)</translation>
        </message>
        <message>
            <location filename="../algorithms/cumulationheatmap.py" />
            <source>Weight field (a layer without it weighs 1 per feature)</source>
            <translation>Veld met gewicht (een laag zonder dit veld telt 1 per object)</translation>
        </message>
        <message>
            <location filename="../algorithms/cumulationheatmap.py" />
            <source>Category field (a layer without it uses its layer name)</source>
            <translation>Veld met categorie (een laag zonder dit veld gebruikt de laagnaam)</translation>
        </message>
        <message>
            <location filename="../algorithms/cumulationheatmap.py" />
            <source>Effect radius field (m; absent = 0)</source>
            <translation>Veld met effectstraal (m; ontbreekt = 0)</translation>
        </message>
        <message>
            <location filename="../algorithms/cumulationheatmap.py" />
            <source>Top of the claim field (m below ground level)</source>
            <translation>Veld met bovenkant van de claim (m onder maaiveld)</translation>
        </message>
        <message>
            <location filename="../algorithms/cumulationheatmap.py" />
            <source>Bottom of the claim field (m below ground level)</source>
            <translation>Veld met onderkant van de claim (m onder maaiveld)</translation>
        </message>
        <message>
            <location filename="../algorithms/cumulationheatmap.py" />
            <source>Value per cell</source>
            <translation>Waarde per cel</translation>
        </message>
        <message>
            <location filename="../algorithms/cumulationheatmap.py" />
            <source>Weight within the effect radius</source>
            <translation>Gewicht binnen de effectstraal</translation>
        </message>
        <message>
            <location filename="../algorithms/cumulationheatmap.py" />
            <location filename="../algorithms/depthbandsuitability.py" />
            <location filename="../models/ondergrond_provincie.model3" />
            <source>Cell size (m)</source>
            <translation>Celgrootte (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/cumulationheatmap.py" />
            <source>Extent (default: the inputs grown by the largest effect radius)</source>
            <translation>Gebied (standaard: de invoer vergroot met de grootste effectstraal)</translation>
        </message>
        <message>
            <location filename="../algorithms/cumulationheatmap.py" />
            <source>Depth window top (m below ground level)</source>
            <translation>Bovenkant dieptevenster (m onder maaiveld)</translation>
        </message>
        <message>
            <location filename="../algorithms/cumulationheatmap.py" />
            <source>Depth window bottom (m below ground level)</source>
            <translation>Onderkant dieptevenster (m onder maaiveld)</translation>
        </message>
        <message>
            <location filename="../algorithms/cumulationheatmap.py" />
            <source>Year (only features valid in this year)</source>
            <translation>Jaar (alleen objecten die in dit jaar gelden)</translation>
        </message>
        <message>
            <location filename="../algorithms/cumulationheatmap.py" />
            <source>Hotspot threshold (cells with a value at least this)</source>
            <translation>Drempel voor brandpunten (cellen met minstens deze waarde)</translation>
        </message>
        <message>
            <location filename="../algorithms/cumulationheatmap.py" />
            <source>Hotspots</source>
            <translation>Brandpunten</translation>
        </message>
        <message>
            <location filename="../algorithms/cumulationheatmap.py" />
            <source>Largest cell value</source>
            <translation>Hoogste celwaarde</translation>
        </message>
        <message>
            <location filename="../algorithms/cumulationheatmap.py" />
            <source>Number of features counted</source>
            <translation>Aantal meegetelde objecten</translation>
        </message>
        <message>
            <location filename="../algorithms/cumulationheatmap.py" />
            <source>Number of hotspots</source>
            <translation>Aantal brandpunten</translation>
        </message>
        <message>
            <location filename="../algorithms/cumulationheatmap.py" />
            <source>Choose at least one claim layer.</source>
            <translation>Kies minstens één laag met claims.</translation>
        </message>
        <message>
            <location filename="../algorithms/cumulationheatmap.py" />
            <location filename="../algorithms/depthbandsuitability.py" />
            <source>NAP fields need a ground level: give a ground-level raster (m NAP, AHN) or value.</source>
            <translation>NAP-velden hebben een maaiveldhoogte nodig: geef een maaiveldraster (m NAP, AHN) of een waarde.</translation>
        </message>
        <message>
            <location filename="../algorithms/cumulationheatmap.py" />
            <location filename="../core/claims.py" />
            <source>weight</source>
            <translation>gewicht</translation>
        </message>
        <message>
            <location filename="../algorithms/cumulationheatmap.py" />
            <source>effect radius</source>
            <translation>effectstraal</translation>
        </message>
        <message>
            <location filename="../algorithms/cumulationheatmap.py" />
            <source>No hotspot threshold given: the hotspot layer stays empty.</source>
            <translation>Geen drempel voor brandpunten opgegeven: de laag met brandpunten blijft leeg.</translation>
        </message>
        <message>
            <location filename="../algorithms/cumulationheatmap.py" />
            <source>Number of features</source>
            <translation>Aantal objecten</translation>
        </message>
        <message>
            <location filename="../algorithms/cumulationheatmap.py" />
            <source>Sum of weights</source>
            <translation>Som van de gewichten</translation>
        </message>
        <message>
            <location filename="../algorithms/cumulationheatmap.py" />
            <source>Number of different categories</source>
            <translation>Aantal verschillende categorieën</translation>
        </message>
        <message>
            <location filename="../algorithms/cumulationheatmap.py" />
            <source>Largest weight</source>
            <translation>Hoogste gewicht</translation>
        </message>
        <message>
            <location filename="../algorithms/cumulationheatmap.py" />
            <source>Full weight (no decay)</source>
            <translation>Volledig gewicht (geen afname)</translation>
        </message>
        <message>
            <location filename="../algorithms/cumulationheatmap.py" />
            <source>Linear decay to 0 at the radius</source>
            <translation>Lineaire afname tot 0 op de effectstraal</translation>
        </message>
        <message>
            <location filename="../algorithms/cumulationheatmap.py" />
            <source>{n} feature(s) in {kinds} categories on {ncols} x {nrows} cells of {cell} m.</source>
            <translation>{n} object(en) in {kinds} categorieën op {ncols} x {nrows} cellen van {cell} m.</translation>
        </message>
        <message>
            <location filename="../algorithms/cumulationheatmap.py" />
            <source>Largest cell value: {value:g}.</source>
            <translation>Hoogste celwaarde: {value:g}.</translation>
        </message>
        <message>
            <location filename="../algorithms/cumulationheatmap.py" />
            <source>Layer '{layer}': the {what} field '{field}' is not numeric ({type}). Choose a numeric field or convert it with the field calculator.</source>
            <translation>Laag '{layer}': het veld '{field}' voor {what} is niet numeriek ({type}). Kies een numeriek veld of zet het om met de veldberekening.</translation>
        </message>
        <message>
            <location filename="../algorithms/cumulationheatmap.py" />
            <source>Reading {layer} ...</source>
            <translation>{layer} wordt gelezen ...</translation>
        </message>
        <message>
            <location filename="../algorithms/cumulationheatmap.py" />
            <source>{n} feature(s) fall outside the depth window or year and do not count.</source>
            <translation>{n} object(en) vallen buiten het dieptevenster of het jaar en tellen niet mee.</translation>
        </message>
        <message>
            <location filename="../algorithms/cumulationheatmap.py" />
            <source>There are no features to stack: {reasons}. Choose layers with features, widen the filters, or give an extent.</source>
            <translation>Er zijn geen objecten om te stapelen: {reasons}. Kies lagen met objecten, verruim de filters of geef een extent.</translation>
        </message>
        <message>
            <location filename="../algorithms/cumulationheatmap.py" />
            <source>{layer}: skipped {n} feature(s) with a negative depth (above ground level; depths are metres below ground) (feature ids {ids}).</source>
            <translation>{layer}: {n} object(en) met een negatieve diepte overgeslagen (boven maaiveld; diepten zijn meters onder maaiveld) (object-id's {ids}).</translation>
        </message>
        <message>
            <location filename="../algorithms/cumulationheatmap.py" />
            <source>{layer}: skipped {n} feature(s) whose top lies below their bottom (feature ids {ids}).</source>
            <translation>{layer}: {n} object(en) overgeslagen waarvan de bovenkant onder de onderkant ligt (object-id's {ids}).</translation>
        </message>
        <message>
            <location filename="../algorithms/cumulationheatmap.py" />
            <source>{n} hotspot(s) with a value of at least {threshold:g}.</source>
            <translation>{n} brandpunt(en) met een waarde van minstens {threshold:g}.</translation>
        </message>
        <message>
            <location filename="../algorithms/cumulationheatmap.py" />
            <source>{layer}: {n} feature(s) without a weight count with weight 1.</source>
            <translation>{layer}: {n} object(en) zonder gewicht tellen mee met gewicht 1.</translation>
        </message>
        <message>
            <location filename="../algorithms/cumulationheatmap.py" />
            <source>layer(s) {layers} hold no features with a geometry</source>
            <translation>laag/lagen {layers} bevatten geen objecten met een geometrie</translation>
        </message>
        <message>
            <location filename="../algorithms/cumulationheatmap.py" />
            <source>{n} feature(s) fall outside the depth window or year</source>
            <translation>{n} object(en) vallen buiten het dieptevenster of het jaar</translation>
        </message>
        <message>
            <location filename="../algorithms/depthbandsuitability.py" />
            <location filename="../core/suitability.py" />
            <source>Depth-band suitability</source>
            <translation>Geschiktheid per dieptelaag</translation>
        </message>
        <message>
            <location filename="../algorithms/depthbandsuitability.py" />
            <source>Where can which function use the subsurface, per depth band: suitable, conditional or excluded, and why (the rules and the features behind each verdict).

&lt;b&gt;Inputs.&lt;/b&gt; Constraint layers (polygons; points and lines are widened by their radius_m field when present). Each feature has a kind (kind field; a layer without it uses its zone field, as written by Drinking-water protection zones, or else its layer name) and a depth range top_m-bottom_m in m below ground level (empty top = ground level, empty bottom = unbounded). The rules table (function, kind, verdict allowed/conditional/excluded/required, note) and the functions table (function, top_m, bottom_m: the depth range each function occupies) are CSV files, comma or semicolon separated, that you can copy and edit in Excel.

&lt;b&gt;Method.&lt;/b&gt; A function can only use a band that overlaps its depth range. Within R = the band intersected with the function's range, the verdict at a location is the worst (excluded &gt; conditional &gt; allowed) over all rules (function, kind) of the constraints present at that location whose depth range overlaps R; ranges that only touch do not overlap. A required rule means the function needs such a constraint overlapping R: where none is, the verdict is excluded with the reason 'no &lt;kind&gt;'. Kinds without a rule for the function have no effect; where no rule applies the verdict is suitable. A rule with applies = above (an optional column of the rules table) also counts constraints that lie above the window: the function drills through them (the bundled kleilaag rules). Kinds that appear in no rule are listed in a warning. The area is evaluated on a grid of cell size (m) cells: a cell counts when its centre lies inside a polygon, within the radius of a point or line, or (radius 0) on a cell the point or line touches.

&lt;b&gt;Layer model.&lt;/b&gt; Optionally a REGIS II / nlmod / GeoTOP layer model (netCDF, m NAP; see Import subsurface layer model) is read directly as grids, without polygons: each layer gets its kind from the kinds table (bundled: REGIS II clay units 'kleilaag', sand units 'aquifer') and counts in a cell where its depth below the model's top overlaps the window, like a constraint of that kind. The constraint layers may then be left empty; the area defaults to the model's extent. Choose a cell size equal to the model's (REGIS II: 100 m) or a multiple of it.

&lt;b&gt;Outputs.&lt;/b&gt; Polygons, one per band, function and zone of equal verdict and reasons (verdict 1 suitable, 2 conditional, 3 excluded); a matrix (HTML, and CSV with the same numbers) of the area per verdict for every function and band. Leave the polygon output empty for a quick run that only writes the matrix.

&lt;b&gt;Heights in m NAP&lt;/b&gt; (advanced). Name the fields that hold the top and/or bottom in m NAP and give a ground-level raster in m NAP (AHN) or a value: where those fields hold a value, the depth is ground level minus height, as NAP to depth below ground computes it (a top above ground becomes 0). Features with a negative depth (above ground level) or a top below their bottom are skipped and listed in the log; they never stop the run.

&lt;b&gt;Defaults.&lt;/b&gt; Bands 0-3, 3-30, 30-100, 100-500, 500-1500, 1500-4000 m show both edges of the 'deep subsurface' (100 m, DGDO; 500 m, WKO-tool/TNO). The bundled tables rules/functions.csv and rules/suitability_rules.csv give a source on every row (Nota Ruimte, DGDO regional sessions, provincial practice); they are a starting point, not policy: use your province's own rules. Cell size 25 m.</source>
            <translation>Waar kan welke functie de ondergrond gebruiken, per dieptelaag: geschikt, voorwaardelijk of uitgesloten, en waarom (de regels en de objecten achter elk oordeel).

&lt;b&gt;Invoer.&lt;/b&gt; Lagen met beperkingen (vlakken; punten en lijnen worden verbreed met hun veld radius_m als dat er is). Elk object heeft een soort (veld kind; een laag zonder dat veld gebruikt zijn veld zone, zoals Drinkwaterbeschermingszones dat schrijft, en anders de laagnaam) en een dieptebereik top_m-bottom_m in m onder maaiveld (lege top = maaiveld, lege onderkant = onbegrensd). De regeltabel (function, kind, verdict allowed/conditional/excluded/required, note) en de functietabel (function, top_m, bottom_m: het dieptebereik dat elke functie inneemt) zijn CSV-bestanden, gescheiden door komma of puntkomma, die u kunt kopiëren en in Excel bewerken.

&lt;b&gt;Methode.&lt;/b&gt; Een functie kan alleen een dieptelaag gebruiken die overlapt met haar dieptebereik. Binnen R = de dieptelaag gesneden met het bereik van de functie is het oordeel op een plek het strengste (uitgesloten &gt; voorwaardelijk &gt; toegestaan) van alle regels (functie, soort) van de beperkingen die daar aanwezig zijn en waarvan het dieptebereik R overlapt; bereiken die elkaar alleen raken overlappen niet. Een regel 'required' betekent dat de functie zo'n beperking nodig heeft die R overlapt: waar die ontbreekt is het oordeel uitgesloten met de reden 'geen &lt;soort&gt;'. Soorten zonder regel voor de functie hebben geen effect; waar geen regel geldt is het oordeel geschikt. Een regel met applies = above (een optionele kolom van de regeltabel) telt ook beperkingen die boven het venster liggen: de functie boort er doorheen (de meegeleverde kleilaag-regels). Soorten die in geen enkele regel voorkomen worden in een waarschuwing genoemd. Het gebied wordt beoordeeld op een raster met cellen van de opgegeven celgrootte (m): een cel telt mee als haar middelpunt binnen een vlak ligt, binnen de straal van een punt of lijn, of (straal 0) als het punt of de lijn de cel raakt.

&lt;b&gt;Ondergrondmodel.&lt;/b&gt; Optioneel wordt een REGIS II- / nlmod- / GeoTOP-laagmodel (netCDF, m NAP; zie Ondergrondmodel inlezen) direct als rasters gelezen, zonder vlakken: elke laag krijgt zijn soort uit de soortentabel (meegeleverd: kleiige REGIS II-eenheden 'kleilaag', zandige eenheden 'aquifer') en telt in een cel waar zijn diepte onder de bovenkant van het model het venster overlapt, zoals een beperking van die soort. De lagen met beperkingen mogen dan leeg blijven; het gebied is dan standaard de omvang van het model. Kies een celgrootte gelijk aan die van het model (REGIS II: 100 m) of een veelvoud ervan.

&lt;b&gt;Uitvoer.&lt;/b&gt; Vlakken, één per dieptelaag, functie en zone met hetzelfde oordeel en dezelfde redenen (verdict 1 geschikt, 2 voorwaardelijk, 3 uitgesloten); een matrix (HTML, en CSV met dezelfde getallen) met de oppervlakte per oordeel voor elke functie en dieptelaag. Laat de uitvoer met vlakken leeg voor een snelle run die alleen de matrix schrijft.

&lt;b&gt;Hoogten in m NAP&lt;/b&gt; (geavanceerd). Noem de velden met de bovenkant en/of onderkant in m NAP en geef een maaiveldraster in m NAP (AHN) of een waarde: waar die velden een waarde hebben, is de diepte de maaiveldhoogte min de hoogte, zoals NAP naar diepte onder maaiveld die berekent (een bovenkant boven maaiveld wordt 0). Objecten met een negatieve diepte (boven maaiveld) of een bovenkant onder hun onderkant worden overgeslagen en in het logboek genoemd; ze stoppen de berekening nooit.

&lt;b&gt;Standaarden.&lt;/b&gt; De dieptelagen 0-3, 3-30, 30-100, 100-500, 500-1500, 1500-4000 m tonen beide grenzen van de 'diepe ondergrond' (100 m, DGDO; 500 m, WKO-tool/TNO). De meegeleverde tabellen rules/functions.csv en rules/suitability_rules.csv noemen op elke regel een bron (Nota Ruimte, DGDO-regiosessies, provinciale praktijk); ze zijn een vertrekpunt, geen beleid: gebruik de regels van uw eigen provincie. Celgrootte 25 m.</translation>
        </message>
        <message>
            <location filename="../algorithms/depthbandsuitability.py" />
            <location filename="../algorithms/presentation.py" />
            <location filename="../models/ondergrond_provincie.model3" />
            <source>Suitability per depth band</source>
            <translation>Geschiktheid per dieptelaag</translation>
        </message>
        <message>
            <location filename="../algorithms/depthbandsuitability.py" />
            <location filename="../models/ondergrond_provincie.model3" />
            <source>Suitability matrix (HTML)</source>
            <translation>Geschiktheidsmatrix (HTML)</translation>
        </message>
        <message>
            <location filename="../algorithms/depthbandsuitability.py" />
            <location filename="../algorithms/locationreport.py" />
            <location filename="../algorithms/reservationcheck.py" />
            <source>HTML files (*.html)</source>
            <translation>HTML-bestanden (*.html)</translation>
        </message>
        <message>
            <location filename="../algorithms/depthbandsuitability.py" />
            <source>Suitability matrix (CSV)</source>
            <translation>Geschiktheidsmatrix (CSV)</translation>
        </message>
        <message>
            <location filename="../algorithms/depthbandsuitability.py" />
            <source>CSV files (*.csv)</source>
            <translation>CSV-bestanden (*.csv)</translation>
        </message>
        <message>
            <location filename="../algorithms/depthbandsuitability.py" />
            <source>Suitability matrix (PDF)</source>
            <translation>Geschiktheidsmatrix (PDF)</translation>
        </message>
        <message>
            <location filename="../algorithms/depthbandsuitability.py" />
            <source>Constraint layers</source>
            <translation>Lagen met beperkingen</translation>
        </message>
        <message>
            <location filename="../algorithms/depthbandsuitability.py" />
            <source>Kind field (without it: the zone field or the layer name)</source>
            <translation>Veld met de soort (zonder dit veld: het veld zone of de laagnaam)</translation>
        </message>
        <message>
            <location filename="../algorithms/depthbandsuitability.py" />
            <source>Top field (m below ground level)</source>
            <translation>Veld met de bovenkant (m onder maaiveld)</translation>
        </message>
        <message>
            <location filename="../algorithms/depthbandsuitability.py" />
            <source>Bottom field (m below ground level)</source>
            <translation>Veld met de onderkant (m onder maaiveld)</translation>
        </message>
        <message>
            <location filename="../algorithms/depthbandsuitability.py" />
            <source>Radius field for points and lines (m)</source>
            <translation>Veld met de straal voor punten en lijnen (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/depthbandsuitability.py" />
            <location filename="../algorithms/importlayermodel.py" />
            <source>Layer model (netCDF: REGIS II, nlmod or GeoTOP; m NAP)</source>
            <translation>Ondergrondmodel (netCDF: REGIS II, nlmod of GeoTOP; m NAP)</translation>
        </message>
        <message>
            <location filename="../algorithms/depthbandsuitability.py" />
            <source>Kinds of the layer model's units (CSV: code, kind, name, source)</source>
            <translation>Soorten van de eenheden van het ondergrondmodel (CSV: code, kind, name, source)</translation>
        </message>
        <message>
            <location filename="../algorithms/depthbandsuitability.py" />
            <source>Rules table (CSV: function, kind, verdict, note)</source>
            <translation>Regeltabel (CSV: function, kind, verdict, note)</translation>
        </message>
        <message>
            <location filename="../algorithms/depthbandsuitability.py" />
            <source>Functions table (CSV: function, top_m, bottom_m)</source>
            <translation>Functietabel (CSV: function, top_m, bottom_m)</translation>
        </message>
        <message>
            <location filename="../algorithms/depthbandsuitability.py" />
            <source>Functions to evaluate (comma-separated; empty = all)</source>
            <translation>Te beoordelen functies (gescheiden door komma's; leeg = alle)</translation>
        </message>
        <message>
            <location filename="../algorithms/depthbandsuitability.py" />
            <source>Depth bands (m below ground level, e.g. 0-3,3-30)</source>
            <translation>Dieptelagen (m onder maaiveld, bijv. 0-3,3-30)</translation>
        </message>
        <message>
            <location filename="../algorithms/depthbandsuitability.py" />
            <source>Area to evaluate (empty = extent of the constraints)</source>
            <translation>Te beoordelen gebied (leeg = omvang van de beperkingen)</translation>
        </message>
        <message>
            <location filename="../algorithms/depthbandsuitability.py" />
            <source>Choose at least one constraint layer or a layer model.</source>
            <translation>Kies ten minste één laag met beperkingen of een ondergrondmodel.</translation>
        </message>
        <message>
            <location filename="../algorithms/depthbandsuitability.py" />
            <source>None of the chosen functions reaches any of the depth bands; check the bands and the functions table.</source>
            <translation>Geen van de gekozen functies reikt tot een van de dieptelagen; controleer de dieptelagen en de functietabel.</translation>
        </message>
        <message>
            <location filename="../algorithms/depthbandsuitability.py" />
            <source>{n} constraint features, cells of {cell} m; rules: {rules}</source>
            <translation>{n} objecten met beperkingen, cellen van {cell} m; regels: {rules}</translation>
        </message>
        <message>
            <location filename="../algorithms/depthbandsuitability.py" />
            <source>The constraint layers hold no features; give an area to evaluate (EXTENT).</source>
            <translation>De lagen met beperkingen bevatten geen objecten; geef een te beoordelen gebied op (EXTENT).</translation>
        </message>
        <message>
            <location filename="../algorithms/depthbandsuitability.py" />
            <source>{pairs} band/function combinations on {ncols} x {nrows} cells of {cell} m, {n} constraint features.</source>
            <translation>{pairs} combinaties van dieptelaag en functie op {ncols} x {nrows} cellen van {cell} m, {n} objecten met beperkingen.</translation>
        </message>
        <message>
            <location filename="../algorithms/depthbandsuitability.py" />
            <source>Layer {layer}, feature {fid}, fields {top}/{bottom}</source>
            <translation>Laag {layer}, object {fid}, velden {top}/{bottom}</translation>
        </message>
        <message>
            <location filename="../algorithms/depthbandsuitability.py" />
            <source>{layer}: skipped {n} feature(s) with a negative depth in {top}/{bottom} (above ground level; depths are metres below ground) (feature ids {ids}); correct them, or convert heights in m NAP with the NAP fields and a ground level.</source>
            <translation>{layer}: {n} object(en) met een negatieve diepte in {top}/{bottom} overgeslagen (boven maaiveld; diepten zijn meters onder maaiveld) (object-id's {ids}); verbeter ze, of reken hoogten in m NAP om met de NAP-velden en een maaiveldhoogte.</translation>
        </message>
        <message>
            <location filename="../algorithms/depthbandsuitability.py" />
            <source>{layer}: skipped {n} feature(s) whose top in {top} lies below their bottom in {bottom} (feature ids {ids}); swap or correct the values.</source>
            <translation>{layer}: {n} object(en) overgeslagen waarvan de bovenkant in {top} onder de onderkant in {bottom} ligt (object-id's {ids}); verwissel of verbeter de waarden.</translation>
        </message>
        <message>
            <location filename="../algorithms/depthbandsuitability.py" />
            <source>The area holds {n:,} cells of {cell} m, more than the {max:,} this algorithm can evaluate; choose a larger cell size or a smaller area.</source>
            <translation>Het gebied bevat {n:,} cellen van {cell} m, meer dan de {max:,} die dit algoritme kan beoordelen; kies een grotere celgrootte of een kleiner gebied.</translation>
        </message>
        <message>
            <location filename="../algorithms/depthbandsuitability.py" />
            <source>The cell size ({cell} m) is finer than the layer model's ({model} m): each cell takes the layers of the model cell its centre lies in.</source>
            <translation>De celgrootte ({cell} m) is fijner dan die van het ondergrondmodel ({model} m): elke cel krijgt de lagen van de modelcel waarin haar middelpunt ligt.</translation>
        </message>
        <message>
            <location filename="../algorithms/depthbandsuitability.py" />
            <source>These kinds appear in no rule and have no effect: {kinds}.</source>
            <translation>Deze soorten komen in geen enkele regel voor en hebben geen effect: {kinds}.</translation>
        </message>
        <message>
            <location filename="../algorithms/depthbandsuitability.py" />
            <source>{n} feature(s) lie outside the area and have no effect: {ids}.</source>
            <translation>{n} object(en) liggen buiten het gebied en hebben geen effect: {ids}.</translation>
        </message>
        <message>
            <location filename="../algorithms/depthbandsuitability.py" />
            <source>Layer {layer} has no geometry; choose layers of polygons, lines or points. An Omgevingswet GML (STOP GIO / IMOW) has geometry that GDAL does not find: read it with Import legal zones (Omgevingswet) first.</source>
            <translation>Laag {layer} heeft geen geometrie; kies lagen met vlakken, lijnen of punten. Een Omgevingswet-GML (STOP GIO / IMOW) heeft geometrie die GDAL niet vindt: lees die eerst in met Juridische zones inlezen.</translation>
        </message>
        <message>
            <location filename="../algorithms/depthbandsuitability.py" />
            <source>{layer}: {n} feature(s) have a {start}/{end} that is not a year or date, or that ends before it starts (feature ids {ids}); they count as valid in every year.</source>
            <translation>{layer}: {n} object(en) hebben een {start}/{end} die geen jaar of datum is, of die eindigt voordat hij begint (object-id's {ids}); ze tellen als geldig in elk jaar.</translation>
        </message>
        <message>
            <location filename="../algorithms/depthbandsuitability.py" />
            <source>{layer}: skipped {n} feature(s) with an empty kind in field '{field}' (feature ids {ids}); fill in the kind to take them into account.</source>
            <translation>{layer}: {n} object(en) zonder soort in veld '{field}' overgeslagen (object-id's {ids}); vul de soort in om ze mee te nemen.</translation>
        </message>
        <message>
            <location filename="../algorithms/depthbandsuitability.py" />
            <source>{layer}: no field '{kind}', the kinds are read from its field '{zone}'.</source>
            <translation>{layer}: geen veld '{kind}', de soorten worden gelezen uit het veld '{zone}'.</translation>
        </message>
        <message>
            <location filename="../algorithms/depthbandsuitability.py" />
            <source>{layer}: no field '{kind}', its layer name is the kind.</source>
            <translation>{layer}: geen veld '{kind}', de laagnaam is de soort.</translation>
        </message>
        <message>
            <location filename="../algorithms/depthbandsuitability.py" />
            <source>Layer {layer}, feature {fid}, field {field}: the radius {radius} m is negative.</source>
            <translation>Laag {layer}, object {fid}, veld {field}: de straal {radius} m is negatief.</translation>
        </message>
        <message>
            <location filename="../algorithms/depthbandsuitability.py" />
            <source>Layer {layer}, feature {fid}, field {field}</source>
            <translation>Laag {layer}, object {fid}, veld {field}</translation>
        </message>
        <message>
            <location filename="../algorithms/drinkingwaterprotection.py" />
            <location filename="../algorithms/presentation.py" />
            <location filename="../models/ondergrond_provincie.model3" />
            <source>Drinking-water protection zones</source>
            <translation>Drinkwaterbeschermingszones</translation>
        </message>
        <message>
            <location filename="../algorithms/drinkingwaterprotection.py" />
            <source>Draws the travel-time zones around groundwater abstraction wells for drinking water: waterwingebied (60 days), grondwaterbeschermingsgebied (25 years) and the 100-year zone by default, and optionally a boringsvrije zone. The result is a 3D constraint layer (top_m, bottom_m in m below ground level) for the suitability and cumulation algorithms.

&lt;b&gt;Inputs&lt;/b&gt;: a point layer with one feature per well and its abstraction rate in m3/year; aquifer thickness (m) and effective porosity (-) for all wells or per well from a field (an empty field value uses the general value). Travel times as a list such as 60d,25y,100y (d = days, y = years of 365.25 days), with one zone label per travel time.

&lt;b&gt;Method 0, volume balance&lt;/b&gt;: without regional groundwater flow a well draws its water from a cylinder; the zone for travel time t is the circle r = sqrt(Q t / (pi n H)) with Q the rate, n the porosity and H the aquifer thickness.
&lt;b&gt;Method 1, regional flow&lt;/b&gt;: the flow field is the superposition of all wells plus a uniform regional flow (Darcy flux q0 in m/d, direction in degrees clockwise from north, the direction the groundwater flows towards). Particles are traced backwards in time from every well through that field (adaptive Runge-Kutta, refined where neighbouring particles drift apart); the zone boundary runs through their positions after time t (Bear &amp; Jacobs 1965, the method of EPA's WhAEM). Pore velocity = Darcy flux / porosity. A single well has a stagnation point Q / (2 pi q0 H) downstream and a capture zone Q / (q0 H) wide far upstream. With per-well thickness or porosity, each well's zone uses its own values.

&lt;b&gt;Recharge&lt;/b&gt; (m/year, per well from a field or for all): most Dutch drinking-water wells draw from phreatic or semi-confined aquifers fed by precipitation, typically 0.2-0.35 m/year. The wells then capture the area Q / N and the water recharged nearest the well arrives first (Dupuit, stratified flow): a lone well without regional flow has the zone r = R sqrt(1 - exp(-N t / (n H))) with R^2 = Q / (pi N), the analytic solution of KWR's TRANSATOMIC/sutra2 phreatic case; the 25- and 100-year zones are then much smaller than the confined volume balance. Method 1 adds the recharge to the particle tracking as recharge over a circle centred on each well field (rate-weighted centre; as TimML's circular area sink), so the given regional flux holds at the field and the groundwater divide lies 2 q0 H / N upstream; well fields further apart than twice the sum of their capture radii get a circle each. Every zone of wells fed by recharge has the area sum(Q) / N (1 - exp(-N t / (n H))). 0 = confined aquifer without recharge (the zones of the methods above).
&lt;b&gt;Vertical delays&lt;/b&gt;: before recharge reaches the aquifer it passes the unsaturated zone (thickness x moisture content / N; moisture content 0.15 after KWR's sutra2 example for sand) and, in a semi-confined aquifer, the covering aquitard (thickness x porosity / N; porosity 0.35). Each zone's travel time minus these delays is left for the aquifer; a zone shorter than the delays gets no area (the log says so; there is no minimum radius). delay_days in the output is the delay used. Use a covering aquitard only where the recharge passes it (leakage equal to the recharge); where the leakage is driven by the well's drawdown (a thick clay with a low vertical resistance near a polder), use a groundwater model.
&lt;b&gt;Which setting&lt;/b&gt;: confined aquifer below a thick clay without leakage: recharge 0 (zones on the safe, large side). Phreatic sandy aquifer (Veluwe, Utrechtse Heuvelrug, Drenthe, Brabant): recharge 0.25-0.35 m/year and the unsaturated zone thickness to the groundwater table. Semi-confined aquifer below a leaky cover: recharge plus the aquitard thickness and porosity. Provinces draw their groundwater protection areas from the water company's groundwater model (Infomil, provincial environmental regulations); this tool is for screening and planning.

Wells whose zones touch share one feature per zone (a well field); well_ids lists them. With regional flow, neighbouring zones meet along dividing streamlines where the water stands still; slits there narrower than 2 % of the zone radius are closed and areas a zone encloses are included. Every zone covers the whole area within its travel time (the 25-year zone includes the 60-day zone) and applies from the surface down: top_m 0, bottom_m empty (unbounded). With a protective layer depth, an extra zone 'boringsvrije zone' covers the largest zone with top_m = that depth: drilling below it is banned or must be notified.

&lt;b&gt;Assumptions&lt;/b&gt;: one homogeneous aquifer of constant thickness, steady state, uniform recharge (or none), no drawdown-driven leakage, wells screened over the full thickness, constant rates. Use a full groundwater model instead (TimML or the QGIS-Tim plugin, MODFLOW with MODPATH) where the aquifer is layered or leaky, rivers, drains or other boundaries lie near the wells, or the zones become legally binding.

&lt;b&gt;Defaults and sources&lt;/b&gt;: travel times 60 days (waterwingebied, most provinces; Gelderland uses 1 year), 25 years (grondwaterbeschermingsgebied) and 100 years (intrekgebied) after Infomil and the provincial environmental regulations; effective porosity 0.35 and thickness 30 m are typical values for Dutch sandy aquifers - replace them with local values (REGIS II, TNO/BRO); recharge 0 keeps the confined result; KWR's sutra2 example uses 0.3 m/year. Every general value a well takes because its field is missing or empty is listed in the log. A zone larger than the Netherlands gives a warning: check the rate's unit (m3/year).</source>
            <translation>Tekent de reistijdzones rond grondwaterwinningen voor drinkwater: standaard het waterwingebied (60 dagen), het grondwaterbeschermingsgebied (25 jaar) en de 100-jaarszone, en desgewenst een boringsvrije zone. Het resultaat is een 3D-randvoorwaardenlaag (top_m, bottom_m in m onder maaiveld) voor de geschiktheids- en cumulatiealgoritmen.

&lt;b&gt;Invoer&lt;/b&gt;: een puntenlaag met één object per put en het onttrekkingsdebiet in m3/jaar; de dikte van het watervoerend pakket (m) en de effectieve porositeit (-) voor alle putten samen of per put uit een veld (een leeg veld gebruikt de algemene waarde). Reistijden als lijst zoals 60d,25y,100y (d = dagen, y = jaren van 365,25 dagen), met één zonenaam per reistijd.

&lt;b&gt;Methode 0, volumebalans&lt;/b&gt;: zonder regionale grondwaterstroming onttrekt een put zijn water aan een cilinder; de zone voor reistijd t is de cirkel r = sqrt(Q t / (pi n H)), met Q het debiet, n de porositeit en H de dikte van het pakket.
&lt;b&gt;Methode 1, regionale stroming&lt;/b&gt;: het stromingsveld is de superpositie van alle putten plus een uniforme regionale stroming (Darcy-flux q0 in m/d, richting in graden met de klok mee vanaf het noorden, de richting waarheen het grondwater stroomt). Vanuit elke put worden deeltjes terug in de tijd door dat veld gevolgd (adaptieve Runge-Kutta, verfijnd waar naburige deeltjes uiteenlopen); de zonegrens loopt door hun posities na tijd t (Bear &amp; Jacobs 1965, de methode van WhAEM van de EPA). Poriesnelheid = Darcy-flux / porositeit. Een enkele put heeft benedenstrooms een stagnatiepunt op Q / (2 pi q0 H) en ver bovenstrooms een intrekgebied van Q / (q0 H) breed. Met dikte of porositeit per put gebruikt de zone van elke put zijn eigen waarden.

&lt;b&gt;Grondwateraanvulling&lt;/b&gt; (m/jaar, per put uit een veld of voor alle putten): de meeste Nederlandse drinkwaterwinningen putten uit freatische of semi-spanningspakketten die door neerslag worden gevoed, doorgaans 0,2-0,35 m/jaar. De putten vangen dan het oppervlak Q / N en het water dat het dichtst bij de put infiltreert, komt het eerst aan (Dupuit, gelaagde stroming): een losse put zonder regionale stroming heeft de zone r = R sqrt(1 - exp(-N t / (n H))) met R^2 = Q / (pi N), de analytische oplossing van het freatische geval van KWR's TRANSATOMIC/sutra2; de 25- en 100-jaarszones zijn dan veel kleiner dan met de volumebalans zonder aanvulling. Methode 1 neemt de aanvulling op in het deeltjesvolgen als aanvulling over een cirkel rond elk puttenveld (debietgewogen middelpunt; zoals de cirkelvormige oppervlakteput van TimML), zodat de opgegeven regionale flux bij het veld geldt en de grondwaterscheiding 2 q0 H / N bovenstrooms ligt; puttenvelden die verder uit elkaar liggen dan tweemaal de som van hun vangstralen krijgen elk een eigen cirkel. Elke zone van putten die door aanvulling worden gevoed, heeft het oppervlak sum(Q) / N (1 - exp(-N t / (n H))). 0 = afgesloten pakket zonder aanvulling (de zones van de methoden hierboven).
&lt;b&gt;Verticale vertraging&lt;/b&gt;: voordat de aanvulling het watervoerend pakket bereikt, passeert zij de onverzadigde zone (dikte x vochtgehalte / N; vochtgehalte 0,15 naar het sutra2-voorbeeld van KWR voor zand) en, in een semi-spanningspakket, de afdekkende scheidende laag (dikte x porositeit / N; porositeit 0,35). De reistijd van elke zone min deze vertragingen blijft over voor het pakket; een zone korter dan de vertragingen krijgt geen oppervlak (het logboek meldt dat; er is geen minimale straal). delay_days in de uitvoer is de gebruikte vertraging. Gebruik een afdekkende laag alleen waar de aanvulling erdoorheen gaat (lek gelijk aan de aanvulling); waar het lek door de verlaging van de put wordt bepaald (een dikke kleilaag met een lage verticale weerstand bij een polder), gebruik een grondwatermodel.
&lt;b&gt;Welke instelling&lt;/b&gt;: afgesloten pakket onder een dikke kleilaag zonder lek: aanvulling 0 (zones aan de veilige, grote kant). Freatisch zandpakket (Veluwe, Utrechtse Heuvelrug, Drenthe, Brabant): aanvulling 0,25-0,35 m/jaar en de dikte van de onverzadigde zone tot de grondwaterstand. Semi-spanningspakket onder een lekke deklaag: aanvulling plus de dikte en porositeit van de scheidende laag. Provincies ontlenen hun grondwaterbeschermingsgebieden aan het grondwatermodel van het drinkwaterbedrijf (Infomil, provinciale omgevingsverordeningen); dit hulpmiddel is voor verkenning en planvorming.

Putten waarvan de zones elkaar raken, delen per zone één object (een puttenveld); well_ids noemt ze. Bij regionale stroming grenzen naburige zones aan elkaar langs scheidingsstroomlijnen waar het water stilstaat; spleten daar smaller dan 2 % van de zonestraal worden gesloten en gebieden die een zone omsluit, horen erbij. Elke zone omvat het hele gebied binnen zijn reistijd (de 25-jaarszone bevat de 60-dagenzone) en geldt vanaf maaiveld naar beneden: top_m 0, bottom_m leeg (onbegrensd). Met een diepte van de beschermende laag komt er een extra zone 'boringsvrije zone' over de grootste zone, met top_m = die diepte: boren daaronder is verboden of meldingsplichtig.

&lt;b&gt;Aannames&lt;/b&gt;: één homogeen watervoerend pakket met constante dikte, stationaire stroming, uniforme aanvulling (of geen), geen lek dat door de verlaging wordt bepaald, putten gefilterd over de hele dikte, constante debieten. Gebruik in plaats hiervan een volledig grondwatermodel (TimML of de QGIS-Tim-plugin, MODFLOW met MODPATH) als het pakket gelaagd of lek is, rivieren, drains of andere randen dicht bij de putten liggen, of als de zones juridisch bindend worden.

&lt;b&gt;Standaardwaarden en bronnen&lt;/b&gt;: reistijden 60 dagen (waterwingebied, de meeste provincies; Gelderland gebruikt 1 jaar), 25 jaar (grondwaterbeschermingsgebied) en 100 jaar (intrekgebied), naar Infomil en de provinciale milieuverordeningen; effectieve porositeit 0,35 en dikte 30 m zijn gangbare waarden voor Nederlandse zandige watervoerende pakketten - vervang ze door lokale waarden (REGIS II, TNO/BRO); aanvulling 0 houdt het resultaat zonder aanvulling; het sutra2-voorbeeld van KWR gebruikt 0,3 m/jaar. Elke algemene waarde die een put krijgt omdat zijn veld ontbreekt of leeg is, staat in het logboek. Een zone groter dan Nederland geeft een waarschuwing: controleer de eenheid van het debiet (m3/jaar).</translation>
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
            <location filename="../algorithms/presentation.py" />
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
            <location filename="../models/ondergrond_provincie.model3" />
            <source>Regional groundwater flow: direction it flows towards (degrees clockwise from north)</source>
            <translation>Regionale grondwaterstroming: stromingsrichting (graden met de klok mee vanaf noord)</translation>
        </message>
        <message>
            <location filename="../algorithms/drinkingwaterprotection.py" />
            <source>Protective layer depth for the boringsvrije zone (m below ground level)</source>
            <translation>Diepte van de beschermende laag voor de boringsvrije zone (m onder maaiveld)</translation>
        </message>
        <message>
            <location filename="../algorithms/drinkingwaterprotection.py" />
            <source>Recharge (m/year; 0 = confined aquifer without recharge)</source>
            <translation>Grondwateraanvulling (m/jaar; 0 = afgesloten pakket zonder aanvulling)</translation>
        </message>
        <message>
            <location filename="../algorithms/drinkingwaterprotection.py" />
            <source>Recharge field, per well (m/year)</source>
            <translation>Veld met de grondwateraanvulling, per put (m/jaar)</translation>
        </message>
        <message>
            <location filename="../algorithms/drinkingwaterprotection.py" />
            <source>Unsaturated zone thickness (m)</source>
            <translation>Dikte onverzadigde zone (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/drinkingwaterprotection.py" />
            <source>Moisture content of the unsaturated zone (-)</source>
            <translation>Vochtgehalte van de onverzadigde zone (-)</translation>
        </message>
        <message>
            <location filename="../algorithms/drinkingwaterprotection.py" />
            <source>Covering aquitard thickness (m; semi-confined aquifer)</source>
            <translation>Dikte afdekkende scheidende laag (m; semi-spanningspakket)</translation>
        </message>
        <message>
            <location filename="../algorithms/drinkingwaterprotection.py" />
            <source>Covering aquitard porosity (-)</source>
            <translation>Porositeit afdekkende scheidende laag (-)</translation>
        </message>
        <message>
            <location filename="../algorithms/drinkingwaterprotection.py" />
            <source>The regional flux is ignored by the volume balance method; choose method 1 (regional flow) to use it.</source>
            <translation>De volumebalansmethode negeert de regionale flux; kies methode 1 (regionale stroming) om hem te gebruiken.</translation>
        </message>
        <message>
            <location filename="../algorithms/drinkingwaterprotection.py" />
            <source>thickness</source>
            <translation>dikte</translation>
        </message>
        <message>
            <location filename="../algorithms/drinkingwaterprotection.py" />
            <source>porosity</source>
            <translation>porositeit</translation>
        </message>
        <message>
            <location filename="../algorithms/drinkingwaterprotection.py" />
            <source>recharge</source>
            <translation>aanvulling</translation>
        </message>
        <message>
            <location filename="../algorithms/drinkingwaterprotection.py" />
            <source>Unsaturated zone thickness</source>
            <translation>Dikte onverzadigde zone</translation>
        </message>
        <message>
            <location filename="../algorithms/drinkingwaterprotection.py" />
            <source>Moisture content</source>
            <translation>Vochtgehalte</translation>
        </message>
        <message>
            <location filename="../algorithms/drinkingwaterprotection.py" />
            <source>Aquitard thickness</source>
            <translation>Dikte scheidende laag</translation>
        </message>
        <message>
            <location filename="../algorithms/drinkingwaterprotection.py" />
            <source>Aquitard porosity</source>
            <translation>Porositeit scheidende laag</translation>
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
            <source>Well(s) {ids}: no recharge, so the unsaturated zone and the aquitard add no delay (their travel time is thickness x water content / recharge); give the recharge in m/year.</source>
            <translation>Put(ten) {ids}: geen aanvulling, dus de onverzadigde zone en de scheidende laag geven geen vertraging (hun reistijd is dikte x watergehalte / aanvulling); geef de aanvulling in m/jaar.</translation>
        </message>
        <message>
            <location filename="../algorithms/drinkingwaterprotection.py" />
            <source>well {id}: recharge {recharge:g} m/year needs {delay:.0f} days through the unsaturated zone and the aquitard before it reaches the aquifer.</source>
            <translation>put {id}: aanvulling van {recharge:g} m/jaar heeft {delay:.0f} dagen nodig door de onverzadigde zone en de scheidende laag voordat zij het watervoerend pakket bereikt.</translation>
        </message>
        <message>
            <location filename="../algorithms/drinkingwaterprotection.py" />
            <source>Well {id}, field {field}</source>
            <translation>Put {id}, veld {field}</translation>
        </message>
        <message>
            <location filename="../algorithms/drinkingwaterprotection.py" />
            <source>{what} is {value}; it must be larger than 0.</source>
            <translation>{what} is {value}; dat moet groter dan 0 zijn.</translation>
        </message>
        <message>
            <location filename="../algorithms/drinkingwaterprotection.py" />
            <source>{label}, feature {fid}: a multipoint with {n} points; make one feature per well, each with its own rate (Vector &gt; Geometry &gt; Multipart to singleparts)</source>
            <translation>{label}, object {fid}: een multipunt met {n} punten; maak één object per put, elk met zijn eigen debiet (Vector &gt; Geometrie &gt; Multi-delen naar enkele delen)</translation>
        </message>
        <message>
            <location filename="../algorithms/drinkingwaterprotection.py" />
            <source>Well {id}: recharge is {value} m/year; it must lie between 0 (confined, no recharge) and 10 m/year (typical Dutch values 0.2-0.35)</source>
            <translation>Put {id}: de aanvulling is {value} m/jaar; zij moet tussen 0 (afgesloten, geen aanvulling) en 10 m/jaar liggen (gangbare Nederlandse waarden 0,2-0,35)</translation>
        </message>
        <message>
            <location filename="../algorithms/drinkingwaterprotection.py" />
            <source>well {id}: {defaults}</source>
            <translation>put {id}: {defaults}</translation>
        </message>
        <message>
            <location filename="../algorithms/drinkingwaterprotection.py" />
            <source>{name} is {value}; it must be zero or positive</source>
            <translation>{name} is {value}; dat moet nul of positief zijn</translation>
        </message>
        <message>
            <location filename="../algorithms/drinkingwaterprotection.py" />
            <source>well {id}: zone(s) {zones} are shorter than that delay and get no area around this well.</source>
            <translation>put {id}: zone(s) {zones} zijn korter dan die vertraging en krijgen rond deze put geen oppervlak.</translation>
        </message>
        <message>
            <location filename="../algorithms/drinkingwaterprotection.py" />
            <source>no {what} field, {value} used</source>
            <translation>geen veld voor {what}, {value} gebruikt</translation>
        </message>
        <message>
            <location filename="../algorithms/drinkingwaterprotection.py" />
            <source>empty {what}, {value} used</source>
            <translation>{what} leeg, {value} gebruikt</translation>
        </message>
        <message>
            <location filename="../algorithms/exportmap.py" />
            <source>Export map (PDF)</source>
            <translation>Kaart exporteren (PDF)</translation>
        </message>
        <message>
            <location filename="../algorithms/exportmap.py" />
            <source>Writes a map a council can read as PDF (and optionally PNG): the chosen layers in a print layout with a title, a legend of only the layers and classes visible on the map, with readable names, a scale bar, a north arrow and a line with the sources and the date.

Layers: the first layer in the list is drawn on top. A layer from the project keeps its style; a layer opened from a file gets the plugin's style when it is a lagenbenadering table or an output of an Ondergrond algorithm (recognised by its name or fields).

Template: one of the bundled layouts (A3 or A4 landscape, for the subsurface of a province, the street subsurface of a municipality, or drinking-water protection), or your own .qpt with items named title, subtitle, map, legend, scalebar and source. The layouts are in the plugin's folder 'layouts' and can also be opened in QGIS as a print layout template.

Map theme: a map theme of the project (the layers panel's map-themes button; Ondergrond makes one per function and depth band when the suitability loads): only the chosen layers and classes the theme shows are drawn.

Extent: the area to show; empty = all layers, with a margin. Sources: the data sources to name on the map (e.g. 'PDOK, BRO, KLIC 26X000001'); the date and plugin are always added.

The layout is built in its own project, so the algorithm also runs from the modeler and qgis_process.</source>
            <translation>Schrijft een kaart die een gemeenteraad kan lezen als PDF (en desgewenst PNG): de gekozen lagen in een kaartopmaak met een titel, een legenda van alleen de lagen en klassen die op de kaart te zien zijn, met leesbare namen, een schaalstok, een noordpijl en een regel met de bronnen en de datum.

Lagen: de eerste laag in de lijst ligt bovenop. Een laag uit het project houdt zijn stijl; een laag die uit een bestand wordt geopend krijgt de stijl van de plugin als het een tabel van de lagenbenadering of een uitvoer van een Ondergrond-algoritme is (herkend aan de naam of de velden).

Sjabloon: een van de meegeleverde kaartopmaken (A3 of A4 liggend, voor de ondergrond van een provincie, de ondergrond van de straat voor een gemeente, of drinkwaterbescherming), of een eigen .qpt met elementen met de id's title, subtitle, map, legend, scalebar en source. De kaartopmaken staan in de map 'layouts' van de plugin en zijn in QGIS ook als sjabloon voor een afdruklay-out te openen.

Kaartthema: een kaartthema van het project (de knop kaartthema's van het lagenpaneel; Ondergrond maakt er een per functie en dieptelaag als de geschiktheid geladen wordt): alleen de gekozen lagen en klassen die het thema toont worden getekend.

Uitsnede: het te tonen gebied; leeg = alle lagen, met een marge. Bronnen: de databronnen die op de kaart moeten staan (bijv. 'PDOK, BRO, KLIC 26X000001'); de datum en de plugin worden altijd vermeld.

De kaartopmaak wordt in een eigen project gebouwd, zodat het algoritme ook vanuit de modelbouwer en qgis_process werkt.</translation>
        </message>
        <message>
            <location filename="../algorithms/exportmap.py" />
            <source>Subsurface planning - province</source>
            <translation>Ordening ondergrond - provincie</translation>
        </message>
        <message>
            <location filename="../algorithms/exportmap.py" />
            <source>Street subsurface - municipality</source>
            <translation>Ondergrond van de straat - gemeente</translation>
        </message>
        <message>
            <location filename="../algorithms/exportmap.py" />
            <location filename="../core/location_report.py" />
            <source>Drinking-water protection</source>
            <translation>Drinkwaterbescherming</translation>
        </message>
        <message>
            <location filename="../algorithms/exportmap.py" />
            <source>Subsurface / province, A3 landscape</source>
            <translation>Ondergrond / provincie, A3 liggend</translation>
        </message>
        <message>
            <location filename="../algorithms/exportmap.py" />
            <source>Subsurface / province, A4 landscape</source>
            <translation>Ondergrond / provincie, A4 liggend</translation>
        </message>
        <message>
            <location filename="../algorithms/exportmap.py" />
            <source>Street / municipality, A3 landscape</source>
            <translation>Straat / gemeente, A3 liggend</translation>
        </message>
        <message>
            <location filename="../algorithms/exportmap.py" />
            <source>Street / municipality, A4 landscape</source>
            <translation>Straat / gemeente, A4 liggend</translation>
        </message>
        <message>
            <location filename="../algorithms/exportmap.py" />
            <source>Drinking-water protection, A3 landscape</source>
            <translation>Drinkwaterbescherming, A3 liggend</translation>
        </message>
        <message>
            <location filename="../algorithms/exportmap.py" />
            <source>Drinking-water protection, A4 landscape</source>
            <translation>Drinkwaterbescherming, A4 liggend</translation>
        </message>
        <message>
            <location filename="../algorithms/exportmap.py" />
            <source>Legend</source>
            <translation>Legenda</translation>
        </message>
        <message>
            <location filename="../algorithms/exportmap.py" />
            <source>Layers to show (top first)</source>
            <translation>Te tonen lagen (bovenste eerst)</translation>
        </message>
        <message>
            <location filename="../algorithms/exportmap.py" />
            <source>Layout template</source>
            <translation>Kaartsjabloon</translation>
        </message>
        <message>
            <location filename="../algorithms/exportmap.py" />
            <source>Own layout template (.qpt; replaces the choice above)</source>
            <translation>Eigen kaartsjabloon (.qpt; vervangt de keuze hierboven)</translation>
        </message>
        <message>
            <location filename="../algorithms/exportmap.py" />
            <source>Title (empty: the name of the top layer)</source>
            <translation>Titel (leeg: de naam van de bovenste laag)</translation>
        </message>
        <message>
            <location filename="../algorithms/exportmap.py" />
            <source>Data sources named on the map</source>
            <translation>Databronnen die op de kaart staan</translation>
        </message>
        <message>
            <location filename="../algorithms/exportmap.py" />
            <source>Map extent</source>
            <translation>Kaartuitsnede</translation>
        </message>
        <message>
            <location filename="../algorithms/exportmap.py" />
            <source>Map (PDF)</source>
            <translation>Kaart (PDF)</translation>
        </message>
        <message>
            <location filename="../algorithms/exportmap.py" />
            <location filename="../algorithms/reportpdf.py" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF-bestanden (*.pdf)</translation>
        </message>
        <message>
            <location filename="../algorithms/exportmap.py" />
            <source>Map as image (PNG)</source>
            <translation>Kaart als afbeelding (PNG)</translation>
        </message>
        <message>
            <location filename="../algorithms/exportmap.py" />
            <source>PNG files (*.png)</source>
            <translation>PNG-bestanden (*.png)</translation>
        </message>
        <message>
            <location filename="../algorithms/exportmap.py" />
            <source>Legend entries</source>
            <translation>Regels in de legenda</translation>
        </message>
        <message>
            <location filename="../algorithms/exportmap.py" />
            <source>Map theme of the project (empty: the layers as they are)</source>
            <translation>Kaartthema van het project (leeg: de lagen zoals ze zijn)</translation>
        </message>
        <message>
            <location filename="../algorithms/exportmap.py" />
            <source>Choose at least one layer to show.</source>
            <translation>Kies ten minste een laag om te tonen.</translation>
        </message>
        <message>
            <location filename="../algorithms/exportmap.py" />
            <source>The layers are empty: there is nothing to map.</source>
            <translation>De lagen zijn leeg: er valt niets op de kaart te zetten.</translation>
        </message>
        <message>
            <location filename="../algorithms/exportmap.py" />
            <source>The map theme shows none of the chosen layers.</source>
            <translation>Het kaartthema toont geen van de gekozen lagen.</translation>
        </message>
        <message>
            <location filename="../algorithms/exportmap.py" />
            <source>Made with the Ondergrond QGIS plugin {version} on {date}.</source>
            <translation>Gemaakt met de QGIS-plugin Ondergrond {version} op {date}.</translation>
        </message>
        <message>
            <location filename="../algorithms/exportmap.py" />
            <source>Map written to {path}.</source>
            <translation>Kaart geschreven naar {path}.</translation>
        </message>
        <message>
            <location filename="../algorithms/exportmap.py" />
            <source>{path} is not a QGIS layout template (.qpt).</source>
            <translation>{path} is geen QGIS-kaartsjabloon (.qpt).</translation>
        </message>
        <message>
            <location filename="../algorithms/exportmap.py" />
            <source>The layout template {path} has no map item with the id 'map'.</source>
            <translation>Het kaartsjabloon {path} heeft geen kaartelement met de id 'map'.</translation>
        </message>
        <message>
            <location filename="../algorithms/exportmap.py" />
            <source>Could not write {path} ({error}).</source>
            <translation>Kan {path} niet schrijven ({error}).</translation>
        </message>
        <message>
            <location filename="../algorithms/exportmap.py" />
            <source>The project has no map theme '{theme}'. Map themes: {themes}</source>
            <translation>Het project heeft geen kaartthema '{theme}'. Kaartthema's: {themes}</translation>
        </message>
        <message>
            <location filename="../algorithms/exportmap.py" />
            <source>The map theme hides these layers; they are left out: {layers}.</source>
            <translation>Het kaartthema verbergt deze lagen; ze worden weggelaten: {layers}.</translation>
        </message>
        <message>
            <location filename="../algorithms/exportmap.py" />
            <source>Sources: {sources}.</source>
            <translation>Bronnen: {sources}.</translation>
        </message>
        <message>
            <location filename="../algorithms/exportmap.py" />
            <source>Cannot read the layout template {path}: {error}</source>
            <translation>Kan het kaartsjabloon {path} niet lezen: {error}</translation>
        </message>
        <message>
            <location filename="../algorithms/exportmap.py" />
            <location filename="../algorithms/streetprofile.py" />
            <location filename="../core/reservation_report.py" />
            <source>none</source>
            <translation>geen</translation>
        </message>
        <message>
            <location filename="../algorithms/exportmap.py" />
            <source>Could not apply the style {style} to {layer}: {message}</source>
            <translation>Kan de stijl {style} niet toepassen op {layer}: {message}</translation>
        </message>
        <message>
            <location filename="../algorithms/groundlevel.py" />
            <source>{layer}, field {field}, row {{index}}</source>
            <translation>{layer}, veld {field}, rij {{index}}</translation>
        </message>
        <message>
            <location filename="../algorithms/groundlevel.py" />
            <source>Ground level raster (m NAP, e.g. AHN)</source>
            <translation>Maaiveldraster (m NAP, bijvoorbeeld AHN)</translation>
        </message>
        <message>
            <location filename="../algorithms/groundlevel.py" />
            <source>Ground level without a raster or off it (m NAP)</source>
            <translation>Maaiveldhoogte zonder raster of buiten het raster (m NAP)</translation>
        </message>
        <message>
            <location filename="../algorithms/groundlevel.py" />
            <source>Top field in m NAP (converted with the ground level; empty = not used)</source>
            <translation>Veld bovenkant in m NAP (omgerekend met de maaiveldhoogte; leeg = niet gebruikt)</translation>
        </message>
        <message>
            <location filename="../algorithms/groundlevel.py" />
            <source>Bottom field in m NAP (converted with the ground level; empty = not used)</source>
            <translation>Veld onderkant in m NAP (omgerekend met de maaiveldhoogte; leeg = niet gebruikt)</translation>
        </message>
        <message>
            <location filename="../algorithms/groundlevel.py" />
            <source>ground level {value} m NAP</source>
            <translation>maaiveld {value} m NAP</translation>
        </message>
        <message>
            <location filename="../algorithms/groundlevel.py" />
            <source>{layer}: {n} feature(s) converted from m NAP to m below ground ({ground}).</source>
            <translation>{layer}: {n} object(en) omgerekend van m NAP naar m onder maaiveld ({ground}).</translation>
        </message>
        <message>
            <location filename="../algorithms/groundlevel.py" />
            <source>ground level from {raster}, {value} m NAP off it</source>
            <translation>maaiveld uit {raster}, daarbuiten {value} m NAP</translation>
        </message>
        <message>
            <location filename="../algorithms/groundlevel.py" />
            <source>ground level from {raster}</source>
            <translation>maaiveld uit {raster}</translation>
        </message>
        <message>
            <location filename="../algorithms/groundlevel.py" />
            <source>{layer}: {n} feature(s) off the raster use the ground level {value} m NAP.</source>
            <translation>{layer}: {n} object(en) buiten het raster gebruiken maaiveld {value} m NAP.</translation>
        </message>
        <message>
            <location filename="../algorithms/groundlevel.py" />
            <source>{layer}: {n} feature(s) with heights in m NAP lie off the ground-level raster or on cells without data and are left out (feature ids {ids}); give a ground-level value for them.</source>
            <translation>{layer}: {n} object(en) met hoogten in m NAP liggen buiten het maaiveldraster of op cellen zonder gegevens en worden weggelaten (object-id's {ids}); geef er een maaiveldhoogte voor op.</translation>
        </message>
        <message>
            <location filename="../algorithms/groundlevel.py" />
            <source>Ground level raster {raster}: rotated or south-up rasters are not supported; warp it to a north-up grid first.</source>
            <translation>Maaiveldraster {raster}: gedraaide of zuid-boven rasters worden niet ondersteund; zet het eerst om naar een noord-boven raster (warp).</translation>
        </message>
        <message>
            <location filename="../algorithms/groundlevel.py" />
            <source>Ground level raster {raster}: cannot be read ({error}).</source>
            <translation>Maaiveldraster {raster}: kan niet gelezen worden ({error}).</translation>
        </message>
        <message>
            <location filename="../algorithms/groundlevel.py" />
            <source>Ground level raster {raster}: only rasters GDAL reads from a file (GeoTIFF, ASCII grid, ...) are supported.</source>
            <translation>Maaiveldraster {raster}: alleen rasters die GDAL uit een bestand leest (GeoTIFF, ASCII-grid, ...) worden ondersteund.</translation>
        </message>
        <message>
            <location filename="../algorithms/groundlevel.py" />
            <source>Ground level raster {raster} has no coordinate reference system; set it (EPSG:28992 for AHN) and run again.</source>
            <translation>Maaiveldraster {raster} heeft geen coördinatenstelsel; stel het in (EPSG:28992 voor AHN) en start opnieuw.</translation>
        </message>
        <message>
            <location filename="../algorithms/importesdl.py" />
            <source>Import ESDL heat network</source>
            <translation>ESDL-warmtenet inlezen</translation>
        </message>
        <message>
            <location filename="../algorithms/importesdl.py" />
            <source>Reads a heat-network design in ESDL (Energy System Description Language: the format of the ESDL MapEditor, OMOTES and the Nieuwe Warmte Nu design toolkit) into planned traces that plug straight into the 4D reservation check (its Planned trace) and the municipal model.

Input: an .esdl file. Its pipes (esdl:Pipe with a line geometry, WGS84 lat/lon unless the geometry names another CRS) are reprojected to RD New (EPSG:28992).

One trace per route: a supply pipe and the return pipe along the same route (Hausdorff distance at most the pairing distance, lengths within 20 %) become one trace; a pipe without a partner stays single. Return pipes are recognised by their carrier (a HeatCommodity with only a return temperature) or, without carriers, by a name or id with 'ret'.

Fields: name (the supply pipe's ESDL name), esdl_ids (the ESDL ids of its pipes), diameter (ESDL's DN, e.g. DN200), width_m and height_m of the envelope the pipes take (m): two single casings side by side with the gap between them, or one twin casing (Pipe system), from rules/heat_pipe_dimensions.csv (casing diameters per DN: EN 253 sizes, LOGSTOR series 1 catalogue, twin pipes per EN 15698-1), depth_m (cover depth, m below ground level: the Depth parameter, empty = the warmte row of rules/default_depths.csv), valid_from (ESDL's commissioningDate, else 1 January of the Construction year), valid_to (ESDL's decommissioningDate, else empty: the reservation check adds its lifetime), length_m (ESDL's length of the supply pipe, else the length in RD New), paired, and utility_type 'warmte'.

Points: joints, producers, demands and every other asset with a point geometry, with name, esdl_id, asset_type, carrier and power_w (W).

Safety: an ESDL file with a DOCTYPE or entity declarations is refused, and files larger than 512 MB.</source>
            <translation>Leest een warmtenetontwerp in ESDL (Energy System Description Language: het formaat van de ESDL MapEditor, OMOTES en de Nieuwe Warmte Nu-ontwerptoolkit) in als geplande tracés die direct in de 4D-reserveringstoets (het Geplande tracé) en het gemeentelijke model passen.

Invoer: een .esdl-bestand. De leidingen (esdl:Pipe met een lijngeometrie, WGS84 lat/lon tenzij de geometrie een ander CRS noemt) worden naar RD New (EPSG:28992) omgeprojecteerd.

Eén tracé per route: een aanvoerleiding en de retourleiding langs dezelfde route (Hausdorff-afstand hoogstens de koppelafstand, lengtes binnen 20 %) worden één tracé; een leiding zonder partner blijft enkel. Retourleidingen worden herkend aan hun carrier (een HeatCommodity met alleen een retourtemperatuur) of, zonder carriers, aan een naam of id met 'ret'.

Velden: name (de ESDL-naam van de aanvoerleiding), esdl_ids (de ESDL-id's van de leidingen), diameter (de DN uit ESDL, bijv. DN200), width_m en height_m van het ruimtebeslag van de leidingen (m): twee enkele mantelbuizen naast elkaar met de tussenruimte, of één duobuis (Leidingsysteem), uit rules/heat_pipe_dimensions.csv (mantelbuisdiameters per DN: maten uit EN 253, LOGSTOR-catalogus serie 1, duobuizen volgens EN 15698-1), depth_m (gronddekking, m onder maaiveld: de parameter Gronddekking, leeg = de rij warmte van rules/default_depths.csv), valid_from (de commissioningDate uit ESDL, anders 1 januari van het Aanlegjaar), valid_to (de decommissioningDate uit ESDL, anders leeg: de reserveringstoets telt dan zijn levensduur op), length_m (de ESDL-lengte van de aanvoerleiding, anders de lengte in RD New), paired, en utility_type 'warmte'.

Punten: knooppunten, bronnen, afnemers en elk ander object met een puntgeometrie, met name, esdl_id, asset_type, carrier en power_w (W).

Veiligheid: een ESDL-bestand met een DOCTYPE of entiteitdeclaraties wordt geweigerd, evenals bestanden groter dan 512 MB.</translation>
        </message>
        <message>
            <location filename="../algorithms/importesdl.py" />
            <source>ESDL heat-network design (.esdl)</source>
            <translation>ESDL-ontwerp van het warmtenet (.esdl)</translation>
        </message>
        <message>
            <location filename="../algorithms/importesdl.py" />
            <source>Pipe system</source>
            <translation>Leidingsysteem</translation>
        </message>
        <message>
            <location filename="../algorithms/importesdl.py" />
            <source>Cover depth of the pipes (m below ground level; empty: the defaults table)</source>
            <translation>Gronddekking van de leidingen (m onder maaiveld; leeg: de tabel standaardwaarden)</translation>
        </message>
        <message>
            <location filename="../algorithms/importesdl.py" />
            <source>Construction year (where ESDL has no commissioning date)</source>
            <translation>Aanlegjaar (waar ESDL geen datum van ingebruikname heeft)</translation>
        </message>
        <message>
            <location filename="../algorithms/importesdl.py" />
            <source>ESDL heat-network traces</source>
            <translation>ESDL-warmtenettracés</translation>
        </message>
        <message>
            <location filename="../algorithms/importesdl.py" />
            <source>ESDL joints, producers and demands</source>
            <translation>ESDL-knooppunten, bronnen en afnemers</translation>
        </message>
        <message>
            <location filename="../algorithms/importesdl.py" />
            <source>Number of traces</source>
            <translation>Aantal tracés</translation>
        </message>
        <message>
            <location filename="../algorithms/importesdl.py" />
            <source>Number of ESDL pipes</source>
            <translation>Aantal ESDL-leidingen</translation>
        </message>
        <message>
            <location filename="../algorithms/importesdl.py" />
            <source>Choose an ESDL file.</source>
            <translation>Kies een ESDL-bestand.</translation>
        </message>
        <message>
            <location filename="../algorithms/importesdl.py" />
            <source>Single pipes: supply and return side by side</source>
            <translation>Enkele buizen: aanvoer en retour naast elkaar</translation>
        </message>
        <message>
            <location filename="../algorithms/importesdl.py" />
            <source>Twin pipe: both in one casing</source>
            <translation>Duobuis: beide in één mantelbuis</translation>
        </message>
        <message>
            <location filename="../algorithms/importesdl.py" />
            <source>Pairing distance of supply and return pipes (m)</source>
            <translation>Koppelafstand van aanvoer- en retourleiding (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/importesdl.py" />
            <source>Pipe dimensions table (CSV; empty: the bundled table)</source>
            <translation>Tabel leidingafmetingen (CSV; leeg: de meegeleverde tabel)</translation>
        </message>
        <message>
            <location filename="../algorithms/importesdl.py" />
            <source>ESDL energy system '{name}': {pipes} pipe(s), {points} point asset(s).</source>
            <translation>ESDL-energiesysteem '{name}': {pipes} leiding(en), {points} puntobject(en).</translation>
        </message>
        <message>
            <location filename="../algorithms/importesdl.py" />
            <source>{traces} trace(s): {paired} supply and return pair(s) along the same route, {single} single pipe(s).</source>
            <translation>{traces} tracé(s): {paired} paar/paren aanvoer en retour langs dezelfde route, {single} enkele leiding(en).</translation>
        </message>
        <message>
            <location filename="../algorithms/importesdl.py" />
            <source>ESDL asset '{name}' ({id}) lies outside the Netherlands after reprojection to RD New ({x:.0f}, {y:.0f}); are lat and lon swapped, or is the geometry's CRS wrong?</source>
            <translation>ESDL-object '{name}' ({id}) ligt na omprojecteren naar RD New buiten Nederland ({x:.0f}, {y:.0f}); zijn lat en lon verwisseld, of klopt het CRS van de geometrie niet?</translation>
        </message>
        <message>
            <location filename="../algorithms/importesdl.py" />
            <source>{n} asset(s) skipped: {reason}</source>
            <translation>{n} object(en) overgeslagen: {reason}</translation>
        </message>
        <message>
            <location filename="../algorithms/importesdl.py" />
            <source>Diameter {dn} is not in the pipe dimensions table: width_m and height_m stay empty (the reservation check then uses its Trace width and height). Add the DN to the table.</source>
            <translation>Diameter {dn} staat niet in de tabel leidingafmetingen: width_m en height_m blijven leeg (de reserveringstoets gebruikt dan zijn Breedte en Hoogte tracé). Voeg de DN toe aan de tabel.</translation>
        </message>
        <message>
            <location filename="../algorithms/importesdl.py" />
            <source>The ESDL geometry names the coordinate system '{crs}', which QGIS does not know. Use WGS84 (lat/lon) or an EPSG code.</source>
            <translation>De ESDL-geometrie noemt het coördinatenstelsel '{crs}', dat QGIS niet kent. Gebruik WGS84 (lat/lon) of een EPSG-code.</translation>
        </message>
        <message>
            <location filename="../algorithms/importesdl.py" />
            <source>Trace '{name}': ESDL gives a length of {esdl:.1f} m, its line is {line:.1f} m long in RD New.</source>
            <translation>Tracé '{name}': ESDL geeft een lengte van {esdl:.1f} m, de lijn is in RD New {line:.1f} m lang.</translation>
        </message>
        <message>
            <location filename="../algorithms/importesdl.py" />
            <source>ESDL asset '{name}' ({id}): cannot be reprojected to RD New: {error}</source>
            <translation>ESDL-object '{name}' ({id}): kan niet naar RD New worden omgeprojecteerd: {error}</translation>
        </message>
        <message>
            <location filename="../algorithms/importklic.py" />
            <source>Import KLIC delivery</source>
            <translation>KLIC-levering inlezen</translation>
        </message>
        <message>
            <location filename="../algorithms/importklic.py" />
            <source>Reads one or more KLIC deliveries from the Kadaster (IMKL2015 version 1.2 and IMKL 2.0) into analysis-ready layers that plug straight into the 4D reservation check.

Input: the ZIP as Kadaster sends it, the extracted folder, or the GI_gebiedsinformatielevering_*.xml file itself; several at once are merged. An object that occurs in more than one delivery (same IMKL id) is kept once, from the newest delivery.

Cables and pipes: every utility link (the line geometry) of every cable, pipe, duct, cable bed and casing becomes one line, with utility_type = the IMKL thema of its utility network (laagspanning, gasLageDruk, water, warmte, datatransport, rioolVrijverval, ...), the network operator (Beheerder), the object type and IMKL id, diameter_m (pipeDiameter, kabelDiameter or ductWidth in metres; 0 counts as unknown), status (functional, planned, out_of_use) and valid_from/valid_to (9999 = open-ended).

Depth (depth_m, m below ground level, top of pipe): from a DiepteTovMaaiveld point on the cable (depth_source 'maaiveld'), otherwise from a DiepteNAP point minus its maaiveldPeil (ground level, m NAP; depth_source 'nap'). A Diepte point belongs to the nearest cable or pipe of its own network within the depth tolerance; of several points the shallowest top of pipe is taken (conservative when digging). A depth measured at the bottom or centre of the pipe is moved to its top with the diameter. A DiepteNAP without ground level gives level_nap_m (top of pipe in m NAP) but no depth. Everywhere else depth_m stays empty and depth_source is 'unknown'. standard_depth_m is the operator's stated standard laying depth of the network (standaardDieptelegging): where depth_m is empty, the reservation check assumes it, and otherwise its standard-profile depths.

Points: appurtenances, cabinets, manholes, masts, towers and technical buildings, and every depth measurement (DiepteTovMaaiveld, DiepteNAP) whether or not a cable takes it, with depth_m (m below ground level at the point; DiepteNAP: maaiveldPeil minus dieptePeil), depth_source, level_nap_m, network (the IMKL id of the network it names), top_m = bottom_m = depth_m (the depth interval the reservation check reads) and link_id (the link of the cable that took the depth, empty when none did). Zones: the precaution areas (AanduidingEisVoorzorgsmaatregel, with the required measure) and the graafpolygoon of each delivery.

Plausibility: diameters and depths outside the range of rules/plausible_sizes.csv for their thema (e.g. a water pipe wider than 1.6 m: a diameter in cm read as m) are warned about in the log with an example IMKL id; the values are written unchanged.

A delivery with both an IMKL 1.2 and an IMKL 2.0 file (GI_gebiedsinformatielevering_*_V2.xml, since 2021) is read once, from the 2.0 file.

Every feature type read is counted in the log, with how many were imported or used and how many skipped and why. Coordinates are RD New (EPSG:28992) as IMKL prescribes.

Safety: XML with a DOCTYPE or entity declarations is refused, files larger than 2 GB and ZIPs that expand beyond 4 GB or more than 200 times are refused, and a ZIP member with '..' or an absolute path is refused; the ZIP is read in place, never extracted.</source>
            <translation>Leest een of meer KLIC-leveringen van het Kadaster (IMKL2015 versie 1.2 en IMKL 2.0) in als analyseklare lagen die direct in de 4D-reserveringstoets passen.

Invoer: de ZIP zoals het Kadaster die levert, de uitgepakte map, of het bestand GI_gebiedsinformatielevering_*.xml zelf; meerdere tegelijk worden samengevoegd. Een object dat in meer dan één levering voorkomt (zelfde IMKL-id) wordt één keer overgenomen, uit de nieuwste levering.

Kabels en leidingen: elke lijngeometrie (UtilityLink) van elke kabel, leiding, duct, kabelbed en mantelbuis wordt één lijn, met utility_type = het IMKL-thema van het utiliteitsnet (laagspanning, gasLageDruk, water, warmte, datatransport, rioolVrijverval, ...), de netbeheerder (Beheerder), het objecttype en IMKL-id, diameter_m (pipeDiameter, kabelDiameter of ductWidth in meters; 0 geldt als onbekend), status (functional = in gebruik, planned = gepland, out_of_use = buiten gebruik) en valid_from/valid_to (9999 = zonder einde).

Diepte (depth_m, m onder maaiveld, bovenkant leiding): uit een DiepteTovMaaiveld-punt op de kabel (depth_source 'maaiveld'), anders uit een DiepteNAP-punt min het maaiveldPeil (maaiveldhoogte in m NAP; depth_source 'nap'). Een dieptepunt hoort bij de dichtstbijzijnde kabel of leiding van zijn eigen net binnen de zoekafstand; bij meerdere punten telt de ondiepste bovenkant (veilige kant bij graven). Een diepte gemeten aan de onderkant of het midden van de leiding wordt met de diameter naar de bovenkant omgerekend. Een DiepteNAP zonder maaiveldhoogte geeft level_nap_m (bovenkant leiding in m NAP) maar geen diepte. Overal elders blijft depth_m leeg en is depth_source 'unknown'. standard_depth_m is de door de netbeheerder opgegeven standaard dieptelegging van het net (standaardDieptelegging): waar depth_m leeg is, neemt de reserveringstoets die aan, en anders zijn standaardprofieldieptes.

Punten: leidingelementen, kasten, mangaten, masten, torens en technische gebouwen, en elke dieptemeting (DiepteTovMaaiveld, DiepteNAP), of een kabel haar overneemt of niet, met depth_m (m onder maaiveld op het punt; DiepteNAP: maaiveldPeil min dieptePeil), depth_source, level_nap_m, network (het IMKL-id van het net dat ze noemt), top_m = bottom_m = depth_m (het diepte-interval dat de reserveringstoets leest) en link_id (de lijn van de kabel die de diepte overnam, leeg als geen kabel dat deed). Zones: de gebieden met een eis voorzorgsmaatregel (AanduidingEisVoorzorgsmaatregel, met de vereiste maatregel) en de graafpolygoon van elke levering.

Aannemelijkheid: diameters en diepten buiten het bereik van rules/plausible_sizes.csv voor hun thema (bijv. een waterleiding breder dan 1,6 m: een diameter in cm als m gelezen) worden in het logboek gemeld met een voorbeeld-IMKL-id; de waarden worden ongewijzigd geschreven.

Een levering met zowel een IMKL 1.2- als een IMKL 2.0-bestand (GI_gebiedsinformatielevering_*_V2.xml, sinds 2021) wordt één keer gelezen, uit het 2.0-bestand.

Het logboek telt elk gelezen objecttype, met hoeveel er zijn ingelezen of gebruikt en hoeveel er zijn overgeslagen en waarom. Coördinaten zijn in RD New (EPSG:28992), zoals IMKL voorschrijft.

Veiligheid: XML met een DOCTYPE of entiteitdeclaraties wordt geweigerd, bestanden groter dan 2 GB en ZIP's die tot meer dan 4 GB of meer dan 200 keer zo groot uitpakken worden geweigerd, en een ZIP-onderdeel met '..' of een absoluut pad wordt geweigerd; de ZIP wordt ter plekke gelezen en nooit uitgepakt.</translation>
        </message>
        <message>
            <location filename="../algorithms/importklic.py" />
            <source>Feature types read (read / imported or used / skipped):</source>
            <translation>Gelezen objecttypen (gelezen / ingelezen of gebruikt / overgeslagen):</translation>
        </message>
        <message>
            <location filename="../algorithms/importklic.py" />
            <location filename="../models/ondergrond_gemeente.model3" />
            <source>KLIC deliveries (ZIP, folder or GI_gebiedsinformatielevering XML)</source>
            <translation>KLIC-leveringen (ZIP, map of GI_gebiedsinformatielevering-XML)</translation>
        </message>
        <message>
            <location filename="../algorithms/importklic.py" />
            <location filename="../models/ondergrond_gemeente.model3" />
            <source>KLIC cables and pipes</source>
            <translation>KLIC kabels en leidingen</translation>
        </message>
        <message>
            <location filename="../algorithms/importklic.py" />
            <source>KLIC appurtenances</source>
            <translation>KLIC leidingelementen</translation>
        </message>
        <message>
            <location filename="../algorithms/importklic.py" />
            <location filename="../models/ondergrond_gemeente.model3" />
            <source>KLIC precaution zones and excavation polygons</source>
            <translation>KLIC EV-zones en graafpolygonen</translation>
        </message>
        <message>
            <location filename="../algorithms/importklic.py" />
            <source>Number of cable and pipe lines</source>
            <translation>Aantal kabel- en leidinglijnen</translation>
        </message>
        <message>
            <location filename="../algorithms/importklic.py" />
            <source>Number of lines with a known depth</source>
            <translation>Aantal lijnen met bekende diepte</translation>
        </message>
        <message>
            <location filename="../algorithms/importklic.py" />
            <source>Number of appurtenances</source>
            <translation>Aantal leidingelementen</translation>
        </message>
        <message>
            <location filename="../algorithms/importklic.py" />
            <source>Number of zones</source>
            <translation>Aantal zones</translation>
        </message>
        <message>
            <location filename="../algorithms/importklic.py" />
            <source>KLIC deliveries read</source>
            <translation>Ingelezen KLIC-leveringen</translation>
        </message>
        <message>
            <location filename="../algorithms/importklic.py" />
            <source>Choose at least one KLIC delivery (ZIP, folder or XML).</source>
            <translation>Kies ten minste één KLIC-levering (ZIP, map of XML).</translation>
        </message>
        <message>
            <location filename="../algorithms/importklic.py" />
            <source>{type}: {n} diameter(s) outside the plausible {low}-{high} m (e.g. {value} m at {id}); check the unit in the delivery (cm or mm read as m?).</source>
            <translation>{type}: {n} diameter(s) buiten het aannemelijke bereik {low}-{high} m (bijv. {value} m bij {id}); controleer de eenheid in de levering (cm of mm als m gelezen?).</translation>
        </message>
        <message>
            <location filename="../algorithms/importklic.py" />
            <source>{type}: {n} depth(s) deeper than the plausible {high} m (e.g. {value} m at {id}); a drilled crossing can be that deep, otherwise check the unit or the ground level.</source>
            <translation>{type}: {n} diepte(s) dieper dan de aannemelijke {high} m (bijv. {value} m bij {id}); een boring kan zo diep liggen, controleer anders de eenheid of de maaiveldhoogte.</translation>
        </message>
        <message>
            <location filename="../algorithms/importklic.py" />
            <source>Depth point tolerance (m)</source>
            <translation>Zoekafstand dieptepunten (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/importklic.py" />
            <source>{lines} cable and pipe lines, {depth} with a known depth; {points} appurtenances, {zones} zones.</source>
            <translation>{lines} kabel- en leidinglijnen, waarvan {depth} met bekende diepte; {points} leidingelementen, {zones} zones.</translation>
        </message>
        <message>
            <location filename="../algorithms/importklic.py" />
            <source>Delivery {name} (IMKL {version}, compiled {date}): {file}</source>
            <translation>Levering {name} (IMKL {version}, samengesteld {date}): {file}</translation>
        </message>
        <message>
            <location filename="../algorithms/importklic.py" />
            <source>  {type}: {n} skipped: {reason}</source>
            <translation>  {type}: {n} overgeslagen: {reason}</translation>
        </message>
        <message>
            <location filename="../algorithms/importklic.py" />
            <source>{n} depth measurement(s) written as points with their depth (depth_m, depth_source, network); {alone} of them lie on no cable or pipe of their network in the delivery, so only the point carries that depth.</source>
            <translation>{n} dieptemeting(en) geschreven als punten met hun diepte (depth_m, depth_source, network); {alone} daarvan liggen op geen kabel of leiding van hun net in de levering, dus alleen het punt draagt die diepte.</translation>
        </message>
        <message>
            <location filename="../algorithms/importklic.py" />
            <source>Delivery {name} holds no cables or pipes.</source>
            <translation>Levering {name} bevat geen kabels of leidingen.</translation>
        </message>
        <message>
            <location filename="../algorithms/importlayermodel.py" />
            <source>Import subsurface layer model (REGIS II / GeoTOP)</source>
            <translation>Ondergrondmodel inlezen</translation>
        </message>
        <message>
            <location filename="../algorithms/importlayermodel.py" />
            <source>Turns a hydrogeological layer model into polygons with depths below ground level that the depth-band suitability reads as constraints.

&lt;b&gt;Input.&lt;/b&gt; A netCDF file as DINOloket/BRO (REGIS II) and nlmod write it: the variables top and bot (or botm/bottom) in m NAP on the dimensions layer, y, x; the unit codes (BXk1, PZWAz2, ...) in the layer coordinate; the cell centres in x and y in RD New (EPSG:28992). A 2-D top is the model top (nlmod): each layer then starts at the bottom of the layer above. GeoTOP voxels (strat on x, y, z) are read as one layer per stratigraphic unit, from its highest to its lowest voxel in each column; with lithok, one per unit and lithoclass (code unit/lithoclass, e.g. 1100/2; the bundled table: clay 2 is 'kleilaag', sand and gravel 5-8 'aquifer'). Ground level: an optional raster in m NAP (AHN), averaged over each model cell; without it the model's own top.

&lt;b&gt;Kinds.&lt;/b&gt; The kinds table (CSV: code, kind, name, source) gives each unit code a kind: a row with exactly the code decides; otherwise the first matching pattern (* ? [..], case-sensitive) with a kind. The bundled table rules/layer_model_kinds.csv follows the REGIS II naming (TNO-GDN): units ending in k (clay, sandy clay, loam) are 'kleilaag', units ending in z (sand, gravel) are 'aquifer'; complex (c), peat (v), lignite (b) and limestone (q) units get no kind. Codes that match no row are listed in a warning and written without a kind.

&lt;b&gt;Output.&lt;/b&gt; Polygons with layer (unit code), name, kind, top_m and bottom_m (m below ground level) and top_nap, bottom_nap (m NAP: the highest top and lowest bottom under the polygon). Cells of one layer whose depth range, rounded outward to the depth step (m; 0 = exact), is the same are merged into one polygon. Layers of zero thickness are left out. Never fatal, counted in the log: layers with their bottom above their top (left out), tops above ground level (set to 0 m), layers wholly above ground level (left out), cells without ground level (left out).

A province-wide model need not be polygonized: Depth-band suitability reads the netCDF directly.</source>
            <translation>Zet een hydrogeologisch laagmodel om in vlakken met diepten onder maaiveld die de geschiktheid per dieptelaag als beperkingen leest.

&lt;b&gt;Invoer.&lt;/b&gt; Een netCDF-bestand zoals DINOloket/BRO (REGIS II) en nlmod het schrijven: de variabelen top en bot (of botm/bottom) in m NAP op de dimensies layer, y, x; de eenheidscodes (BXk1, PZWAz2, ...) in de coördinaat layer; de celmiddelpunten in x en y in RD New (EPSG:28992). Een 2-D top is de bovenkant van het model (nlmod): elke laag begint dan op de onderkant van de laag erboven. GeoTOP-voxels (strat op x, y, z) worden gelezen als één laag per stratigrafische eenheid, van haar hoogste tot haar laagste voxel in elke kolom; met lithok één per eenheid en lithoklasse (code eenheid/lithoklasse, bijv. 1100/2; de meegeleverde tabel: klei 2 is 'kleilaag', zand en grind 5-8 'aquifer'). Maaiveld: een optioneel raster in m NAP (AHN), gemiddeld over elke modelcel; zonder raster de eigen bovenkant van het model.

&lt;b&gt;Soorten.&lt;/b&gt; De soortentabel (CSV: code, kind, name, source) geeft elke eenheidscode een soort: een rij met precies de code beslist; anders het eerste passende patroon (* ? [..], hoofdlettergevoelig) met een soort. De meegeleverde tabel rules/layer_model_kinds.csv volgt de REGIS II-naamgeving (TNO-GDN): eenheden die eindigen op k (klei, zandige klei, leem) zijn 'kleilaag', eenheden die eindigen op z (zand, grind) zijn 'aquifer'; complexe (c), venige (v), bruinkool- (b) en kalksteeneenheden (q) krijgen geen soort. Codes die bij geen rij passen worden in een waarschuwing genoemd en zonder soort geschreven.

&lt;b&gt;Uitvoer.&lt;/b&gt; Vlakken met layer (eenheidscode), name, kind, top_m en bottom_m (m onder maaiveld) en top_nap, bottom_nap (m NAP: de hoogste bovenkant en de laagste onderkant onder het vlak). Cellen van één laag waarvan het dieptebereik, naar buiten afgerond op de dieptestap (m; 0 = exact), gelijk is, worden samengevoegd tot één vlak. Lagen met dikte nul worden weggelaten. Nooit fataal, geteld in het logboek: lagen met hun onderkant boven hun bovenkant (weggelaten), bovenkanten boven maaiveld (op 0 m gezet), lagen geheel boven maaiveld (weggelaten), cellen zonder maaiveldhoogte (weggelaten).

Een ondergrondmodel van een hele provincie hoeft niet in vlakken te worden omgezet: Geschiktheid per dieptelaag leest het netCDF-bestand direct.</translation>
        </message>
        <message>
            <location filename="../algorithms/importlayermodel.py" />
            <source>{file}: {n} layers ({kind}) on {ncols} x {nrows} cells of {cell} m, x {x0:.0f}-{x1:.0f}, y {y0:.0f}-{y1:.0f} (RD New).</source>
            <translation>{file}: {n} lagen ({kind}) op {ncols} x {nrows} cellen van {cell} m, x {x0:.0f}-{x1:.0f}, y {y0:.0f}-{y1:.0f} (RD New).</translation>
        </message>
        <message>
            <location filename="../algorithms/importlayermodel.py" />
            <source>Ground level (raster, m NAP; empty = the model's top)</source>
            <translation>Maaiveld (raster, m NAP; leeg = bovenkant van het model)</translation>
        </message>
        <message>
            <location filename="../algorithms/importlayermodel.py" />
            <source>Kinds table (CSV: code, kind, name, source)</source>
            <translation>Soortentabel (CSV: code, kind, name, source)</translation>
        </message>
        <message>
            <location filename="../algorithms/importlayermodel.py" />
            <source>Depth step for merging cells (m; 0 = exact depths)</source>
            <translation>Dieptestap voor het samenvoegen van cellen (m; 0 = exacte diepten)</translation>
        </message>
        <message>
            <location filename="../algorithms/importlayermodel.py" />
            <source>Layer model polygons</source>
            <translation>Vlakken van het ondergrondmodel</translation>
        </message>
        <message>
            <location filename="../algorithms/importlayermodel.py" />
            <source>Choose a layer model file (netCDF).</source>
            <translation>Kies een bestand met een ondergrondmodel (netCDF).</translation>
        </message>
        <message>
            <location filename="../algorithms/importlayermodel.py" />
            <source>The layer model holds no layer of any thickness: the output is empty.</source>
            <translation>Het ondergrondmodel bevat geen laag met enige dikte: de uitvoer is leeg.</translation>
        </message>
        <message>
            <location filename="../algorithms/importlayermodel.py" />
            <source>{n} unit code(s) are not in the kinds table and get no kind (they have no effect on suitability): {codes}. Add them to the table to classify them.</source>
            <translation>{n} eenheidscode(s) staan niet in de soortentabel en krijgen geen soort (ze hebben geen effect op de geschiktheid): {codes}. Voeg ze aan de tabel toe om ze in te delen.</translation>
        </message>
        <message>
            <location filename="../algorithms/importlayermodel.py" />
            <source>{n} cell(s) in {layers} layer(s) have a bottom above their top (inverted) and are left out: {codes}.</source>
            <translation>{n} cel(len) in {layers} la(a)g(en) hebben een onderkant boven hun bovenkant (omgekeerd) en zijn weggelaten: {codes}.</translation>
        </message>
        <message>
            <location filename="../algorithms/importlayermodel.py" />
            <source>{n} layer cell(s) lie wholly above ground level and are left out.</source>
            <translation>{n} laagcel(len) liggen geheel boven maaiveld en zijn weggelaten.</translation>
        </message>
        <message>
            <location filename="../algorithms/importlayermodel.py" />
            <source>{n} layer cell(s) have their top above ground level; their top_m is set to 0 m.</source>
            <translation>{n} laagcel(len) hebben hun bovenkant boven maaiveld; hun top_m is op 0 m gezet.</translation>
        </message>
        <message>
            <location filename="../algorithms/importlayermodel.py" />
            <source>{n} layer cell(s) have no ground level (outside the ground-level raster or on its no-data) and are left out.</source>
            <translation>{n} laagcel(len) hebben geen maaiveldhoogte (buiten het maaiveldraster of op zijn no-data) en zijn weggelaten.</translation>
        </message>
        <message>
            <location filename="../algorithms/importlayermodel.py" />
            <source>Ground level from {name}, averaged over the model's cells of {cell} m.</source>
            <translation>Maaiveld uit {name}, gemiddeld over de modelcellen van {cell} m.</translation>
        </message>
        <message>
            <location filename="../algorithms/importlayermodel.py" />
            <source>{n} polygons written from {layers} layers.</source>
            <translation>{n} vlakken geschreven uit {layers} lagen.</translation>
        </message>
        <message>
            <location filename="../algorithms/importlayermodel.py" />
            <source>The ground-level raster {name} has no coordinate reference system; set it (AHN is in RD New, EPSG:28992).</source>
            <translation>Het maaiveldraster {name} heeft geen coördinatenstelsel; stel het in (AHN is in RD New, EPSG:28992).</translation>
        </message>
        <message>
            <location filename="../algorithms/importlayermodel.py" />
            <source>Cannot read the ground-level raster {name}.</source>
            <translation>Kan het maaiveldraster {name} niet lezen.</translation>
        </message>
        <message>
            <location filename="../algorithms/importlayermodel.py" />
            <source>{n} of {total} layers have zero thickness everywhere and are left out: {codes}.</source>
            <translation>{n} van de {total} lagen hebben overal dikte nul en zijn weggelaten: {codes}.</translation>
        </message>
        <message>
            <location filename="../algorithms/importlayermodel.py" />
            <source>Cannot read the ground-level raster {name}: {error}</source>
            <translation>Kan het maaiveldraster {name} niet lezen: {error}</translation>
        </message>
        <message>
            <location filename="../algorithms/importlegalzones.py" />
            <source>Import legal zones (Omgevingswet)</source>
            <translation>Juridische zones inlezen</translation>
        </message>
        <message>
            <location filename="../algorithms/importlegalzones.py" />
            <source>Reads the protection zones of an Omgevingswet publication (provincial omgevingsverordening, waterschapsverordening) into constraint polygons that Depth-band suitability and the Cumulation heatmap use directly.

&lt;b&gt;Input.&lt;/b&gt; The GML files of the publication's geographic information objects (STOP geo:GeoInformatieObjectVaststelling, GIO), their folder or the publication's ZIP, with its OW files (IMOW Gebied, Gebiedengroep, Gebiedsaanwijzing) when present. Every Locatie with an area becomes one polygon: gml:Polygon, Surface with PolygonPatches, MultiSurface, holes, and rings of curves (arcs and circles become straight segments of at most 1 degree). Coordinates must be RD New (EPSG:28992), as STOP prescribes for Dutch publications.

&lt;b&gt;Kind.&lt;/b&gt; The mapping table (CSV: pattern, kind, top_m, bottom_m, source) turns the publication's own names into the kinds of the rules table: a pattern is a regular expression, matched case-insensitively against the Locatie's name, the IMOW Gebied's noemer, the GIO group label and the name and value-list group of the Gebiedsaanwijzing that points at the area (by reference, or by equal name when the Gebiedengroep file is missing); the zone's own name first, each against the rows in table order. The bundled table maps e.g. Zeeland's 'grondwaterbeschermingszone' to 'grondwaterbeschermingsgebied'; top_m and bottom_m (m below ground level) of the row are written to the zone (empty = from ground level, unbounded). A row with kind 'complement' marks Locaties that describe the area outside a zone ('buiten de boringsvrije zone ...'): they are left out. Names no row matches are written with an empty kind and listed with their counts: add a row to your copy of the table.

&lt;b&gt;Duplicates.&lt;/b&gt; A polygon identical to one already read with the same kind (some publications deliver every Locatie twice) is written once; the log counts the ones dropped.

&lt;b&gt;Output.&lt;/b&gt; Polygons with kind, name (the Locatie's own name), identifier (the IMOW Gebied identification, else the geometry id), source_file, top_m, bottom_m and status (keuze status: 'gemaakt' for an adopted decision, 'te maken' for a draft).

&lt;b&gt;Safety.&lt;/b&gt; XML with a DOCTYPE or entity declarations is refused, as are files over 1 GB and ZIPs that expand beyond 4 GB, more than 200 times, or hold '..' or absolute paths; a ZIP is read in place, never extracted.</source>
            <translation>Leest de beschermingszones van een Omgevingswet-publicatie (provinciale omgevingsverordening, waterschapsverordening) in als vlakken met beperkingen die Dieptelaaggeschiktheid en de Stapelingskaart direct gebruiken.

&lt;b&gt;Invoer.&lt;/b&gt; De GML-bestanden van de geografische informatieobjecten van de publicatie (STOP geo:GeoInformatieObjectVaststelling, GIO), hun map of de ZIP van de publicatie, met de OW-bestanden (IMOW Gebied, Gebiedengroep, Gebiedsaanwijzing) als die er zijn. Elke Locatie met een oppervlak wordt één vlak: gml:Polygon, Surface met PolygonPatches, MultiSurface, gaten, en ringen van curven (bogen en cirkels worden rechte stukken van hoogstens 1 graad). De coördinaten moeten RD New (EPSG:28992) zijn, zoals STOP voorschrijft voor Nederlandse publicaties.

&lt;b&gt;Soort.&lt;/b&gt; De vertaaltabel (CSV: pattern, kind, top_m, bottom_m, source) zet de eigen namen van de publicatie om in de soorten van de regeltabel: een patroon is een reguliere expressie, zonder onderscheid tussen hoofd- en kleine letters vergeleken met de naam van de Locatie, de noemer van het IMOW-Gebied, het groeplabel van de GIO en de naam en waardelijstgroep van de Gebiedsaanwijzing die naar het gebied verwijst (via de verwijzing, of via een gelijke naam als het Gebiedengroep-bestand ontbreekt); eerst de eigen naam van de zone, elk tegen de regels in tabelvolgorde. De meegeleverde tabel vertaalt bijvoorbeeld Zeelands 'grondwaterbeschermingszone' naar 'grondwaterbeschermingsgebied'; top_m en bottom_m (m onder maaiveld) van de regel komen in de zone (leeg = vanaf maaiveld, onbegrensd). Een regel met soort 'complement' markeert Locaties die het gebied buiten een zone beschrijven ('buiten de boringsvrije zone ...'): die worden weggelaten. Namen waarop geen regel past, worden met een lege soort geschreven en met hun aantallen genoemd: voeg een regel toe aan uw kopie van de tabel.

&lt;b&gt;Dubbelen.&lt;/b&gt; Een vlak dat gelijk is aan een al gelezen vlak van dezelfde soort (sommige publicaties leveren elke Locatie twee keer) wordt één keer geschreven; het logboek telt de weggelaten vlakken.

&lt;b&gt;Uitvoer.&lt;/b&gt; Vlakken met kind, name (de eigen naam van de Locatie), identifier (de identificatie van het IMOW-Gebied, anders het geometrie-id), source_file, top_m, bottom_m en status (keuzestatus: 'gemaakt' voor een vastgesteld besluit, 'te maken' voor een ontwerp).

&lt;b&gt;Veiligheid.&lt;/b&gt; XML met een DOCTYPE of entiteitdeclaraties wordt geweigerd, evenals bestanden groter dan 1 GB en ZIP's die uitpakken tot meer dan 4 GB, meer dan 200 keer zo groot, of '..' of absolute paden bevatten; een ZIP wordt ter plekke gelezen, nooit uitgepakt.</translation>
        </message>
        <message>
            <location filename="../algorithms/importlegalzones.py" />
            <source>Publication (GIO GML files, their folder or ZIP)</source>
            <translation>Publicatie (GIO-GML-bestanden, hun map of ZIP)</translation>
        </message>
        <message>
            <location filename="../algorithms/importlegalzones.py" />
            <source>Mapping table (CSV: pattern, kind, top_m, bottom_m, source)</source>
            <translation>Vertaaltabel (CSV: pattern, kind, top_m, bottom_m, source)</translation>
        </message>
        <message>
            <location filename="../algorithms/importlegalzones.py" />
            <source>Legal zones</source>
            <translation>Juridische zones</translation>
        </message>
        <message>
            <location filename="../algorithms/importlegalzones.py" />
            <source>Number of zones written</source>
            <translation>Aantal geschreven zones</translation>
        </message>
        <message>
            <location filename="../algorithms/importlegalzones.py" />
            <source>Number of duplicate polygons dropped</source>
            <translation>Aantal weggelaten dubbele vlakken</translation>
        </message>
        <message>
            <location filename="../algorithms/importlegalzones.py" />
            <source>Number of zones without a kind</source>
            <translation>Aantal zones zonder soort</translation>
        </message>
        <message>
            <location filename="../algorithms/importlegalzones.py" />
            <source>Choose the GML files of a publication, their folder or the publication's ZIP.</source>
            <translation>Kies de GML-bestanden van een publicatie, hun map of de ZIP van de publicatie.</translation>
        </message>
        <message>
            <location filename="../algorithms/importlegalzones.py" />
            <source>No zones found in this publication.</source>
            <translation>Geen zones gevonden in deze publicatie.</translation>
        </message>
        <message>
            <location filename="../algorithms/importlegalzones.py" />
            <source>{gio} GIO file(s) and {ow} OW file(s) read; {locaties} Locatie(s) with an area.</source>
            <translation>{gio} GIO-bestand(en) en {ow} OW-bestand(en) gelezen; {locaties} Locatie(s) met een oppervlak.</translation>
        </message>
        <message>
            <location filename="../algorithms/importlegalzones.py" />
            <source>{n} zone(s) written: {kinds}.</source>
            <translation>{n} zone(s) geschreven: {kinds}.</translation>
        </message>
        <message>
            <location filename="../algorithms/importlegalzones.py" />
            <source>{n} other XML file(s) not used (no GIO or OW content): {files}.</source>
            <translation>{n} ander(e) XML-bestand(en) niet gebruikt (geen GIO- of OW-inhoud): {files}.</translation>
        </message>
        <message>
            <location filename="../algorithms/importlegalzones.py" />
            <source>{n} polygon(s) of '{kind}' are published twice with the same geometry; each is written once.</source>
            <translation>{n} vlak(ken) van '{kind}' zijn twee keer gepubliceerd met dezelfde geometrie; elk wordt één keer geschreven.</translation>
        </message>
        <message>
            <location filename="../algorithms/importlegalzones.py" />
            <source>{n} Locatie(s) describe the area outside a zone and are left out: {names}.</source>
            <translation>{n} Locatie(s) beschrijven het gebied buiten een zone en worden weggelaten: {names}.</translation>
        </message>
        <message>
            <location filename="../algorithms/importlegalzones.py" />
            <source>No kind for '{name}' ({n} zone(s)): written with an empty kind; add a row to the mapping table.</source>
            <translation>Geen soort voor '{name}' ({n} zone(s)): geschreven met een lege soort; voeg een regel toe aan de vertaaltabel.</translation>
        </message>
        <message>
            <location filename="../algorithms/importlegalzones.py" />
            <source>{n} Locatie(s) without an area skipped: {names}.</source>
            <translation>{n} Locatie(s) zonder oppervlak overgeslagen: {names}.</translation>
        </message>
        <message>
            <location filename="../algorithms/importlegalzones.py" />
            <source>{n} invalid polygon(s) repaired.</source>
            <translation>{n} ongeldig(e) vlak(ken) hersteld.</translation>
        </message>
        <message>
            <location filename="../algorithms/importlegalzones.py" />
            <source>{n} curve segment(s) (arcs, circles) turned into straight segments of at most 1 degree.</source>
            <translation>{n} boogsegment(en) (bogen, cirkels) omgezet in rechte stukken van hoogstens 1 graad.</translation>
        </message>
        <message>
            <location filename="../algorithms/io.py" />
            <source>{listed} and {more} more</source>
            <translation>{listed} en nog {more}</translation>
        </message>
        <message>
            <location filename="../algorithms/io.py" />
            <source>points</source>
            <translation>punten</translation>
        </message>
        <message>
            <location filename="../algorithms/io.py" />
            <source>lines</source>
            <translation>lijnen</translation>
        </message>
        <message>
            <location filename="../algorithms/io.py" />
            <source>polygons</source>
            <translation>vlakken</translation>
        </message>
        <message>
            <location filename="../algorithms/io.py" />
            <source>{label}: the layer's extent is not finite; check its geometries and CRS.</source>
            <translation>{label}: de extent van de laag is niet eindig; controleer de geometrieën en het CRS.</translation>
        </message>
        <message>
            <location filename="../algorithms/io.py" />
            <source>{label}: the layer is labelled {crs} (degrees), but its coordinates ({xmin:.0f}, {ymin:.0f} - {xmax:.0f}, {ymax:.0f}) are not longitudes and latitudes; they look like metres (RD New is EPSG:28992). Set the layer's real CRS (Layer Properties &gt; Source) and run again.</source>
            <translation>{label}: de laag heeft CRS {crs} (graden), maar de coördinaten ({xmin:.0f}, {ymin:.0f} - {xmax:.0f}, {ymax:.0f}) zijn geen lengte- en breedtegraden; het lijken meters (RD New is EPSG:28992). Stel het echte CRS van de laag in (Laageigenschappen &gt; Bron) en start opnieuw.</translation>
        </message>
        <message>
            <location filename="../algorithms/io.py" />
            <source>{label}: the layer is labelled {crs}, but its coordinates ({xmin:g}, {ymin:g} - {xmax:g}, {ymax:g}) lie nowhere near the area where {crs} is used; they look like degrees (EPSG:4326). Set the layer's real CRS (Layer Properties &gt; Source) and run again.</source>
            <translation>{label}: de laag heeft CRS {crs}, maar de coördinaten ({xmin:g}, {ymin:g} - {xmax:g}, {ymax:g}) liggen ver buiten het gebied waar {crs} gebruikt wordt; het lijken graden (EPSG:4326). Stel het echte CRS van de laag in (Laageigenschappen &gt; Bron) en start opnieuw.</translation>
        </message>
        <message>
            <location filename="../algorithms/io.py" />
            <source>{label}: the layer has no CRS and its coordinates ({xmin:g}, {ymin:g} - {xmax:g}, {ymax:g}) look like degrees, which would be taken as metres. Set the layer's CRS (Layer Properties &gt; Source; e.g. EPSG:4326 for GPS degrees) and run again.</source>
            <translation>{label}: de laag heeft geen CRS en de coördinaten ({xmin:g}, {ymin:g} - {xmax:g}, {ymax:g}) lijken graden, die dan als meters gelezen zouden worden. Stel het CRS van de laag in (Laageigenschappen &gt; Bron; bijvoorbeeld EPSG:4326 voor GPS-graden) en start opnieuw.</translation>
        </message>
        <message>
            <location filename="../algorithms/io.py" />
            <source>{label} holds {actual} geometries, but {expected} are needed here; choose a layer of {expected}.</source>
            <translation>{label} bevat {actual}-geometrieën, maar hier zijn {expected} nodig; kies een laag met {expected}.</translation>
        </message>
        <message>
            <location filename="../algorithms/io.py" />
            <source>{label}, feature(s) {ids}: not {expected}; choose a layer of {expected}, or remove these features.</source>
            <translation>{label}, object(en) {ids}: geen {expected}; kies een laag met {expected} of verwijder deze objecten.</translation>
        </message>
        <message>
            <location filename="../algorithms/io.py" />
            <source>{label}, feature(s) {ids}: coordinates that are not finite numbers in {crs}; the layer's CRS is probably wrong (RD coordinates in a layer labelled EPSG:4326, or the reverse). Set the layer's CRS (Layer Properties &gt; Source) and run again.</source>
            <translation>{label}, object(en) {ids}: coördinaten die in {crs} geen eindige getallen zijn; het CRS van de laag klopt waarschijnlijk niet (RD-coördinaten in een laag met EPSG:4326, of andersom). Stel het CRS van de laag in (Laageigenschappen &gt; Bron) en start opnieuw.</translation>
        </message>
        <message>
            <location filename="../algorithms/io.py" />
            <source>{label}: skipped {n} feature(s) without geometry (feature ids {ids}).</source>
            <translation>{label}: {n} object(en) zonder geometrie overgeslagen (object-id's {ids}).</translation>
        </message>
        <message>
            <location filename="../algorithms/io.py" />
            <source>{label}: skipped {n} feature(s) whose geometry cannot be read, such as a line with a single vertex (feature ids {ids}); fix them with Vector &gt; Geometry Tools &gt; Check validity.</source>
            <translation>{label}: {n} object(en) overgeslagen waarvan de geometrie niet te lezen is, zoals een lijn met één punt (object-id's {ids}); herstel ze met Vector &gt; Geometriegereedschap &gt; Geldigheid controleren.</translation>
        </message>
        <message>
            <location filename="../algorithms/io.py" />
            <source>{label}: skipped {n} feature(s) of zero length or zero area (feature ids {ids}); draw them again with their real extent.</source>
            <translation>{label}: {n} object(en) met lengte of oppervlakte nul overgeslagen (object-id's {ids}); teken ze opnieuw op hun werkelijke grootte.</translation>
        </message>
        <message>
            <location filename="../algorithms/io.py" />
            <source>{label}: repaired {n} invalid geometry(ies) (feature ids {ids}).</source>
            <translation>{label}: {n} ongeldige geometrie(ën) hersteld (object-id's {ids}).</translation>
        </message>
        <message>
            <location filename="../algorithms/io.py" />
            <source>{label}: {n} curved geometry(ies) turned into straight segments (at most 1 degree of arc each).</source>
            <translation>{label}: {n} gebogen geometrie(ën) omgezet in rechte segmenten (elk hoogstens 1 graad boog).</translation>
        </message>
        <message>
            <location filename="../algorithms/io.py" />
            <source>{label}: the layer has no CRS; its coordinates are taken as metres in the working CRS. Set the layer's CRS to be sure.</source>
            <translation>{label}: de laag heeft geen CRS; de coördinaten worden gelezen als meters in het werk-CRS. Stel het CRS van de laag in voor de zekerheid.</translation>
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
            <location filename="../algorithms/layertemplate.py" />
            <source>Template GeoPackage</source>
            <translation>Sjabloon-GeoPackage</translation>
        </message>
        <message>
            <location filename="../algorithms/layertemplate.py" />
            <source>Lagenbenadering layer template</source>
            <translation>Lagenbenadering-sjabloon</translation>
        </message>
        <message>
            <location filename="../algorithms/layertemplate.py" />
            <source>Writes a GeoPackage with empty, ready-to-edit layers in the plugin's data model, grouped by the lagenbenadering (Nota Ruimte; DGDO figure 1): ondergrond_* (aquifers, protective clay layers, drinking-water protection zones, boringsvrije zones, NGR/ASV, faults, salt structures, archaeology, ground-energy systems, wells), netwerk_* (cables and pipes, heat-network traces, reservations and corridors, infiltration, trees, planned works, streets) and occupatie_* (land use, planned developments).

Fields follow the plugin's conventions: top_m and bottom_m (m below ground level, positive downward) for a volume, depth_m (top of the pipe) and diameter_m for a cable or pipe, valid_from and valid_to (inclusive years; empty = open-ended), utility_type with the IMKL thema codes of KLIC, status for the keuze status (gemaakt / te maken / te agenderen) and source.

Every layer carries the plugin's house style as its default style in the GeoPackage, so it opens styled in any QGIS: IMKL colours for cables and pipes (dashed where the depth is unknown), the keuze status as solid / outline / hatched, depth bands for the subsurface, temporal settings from valid_from/valid_to for the temporal controller, and a 3D renderer that draws every layer at its depth below ground.

CRS: a projected CRS in metres (default EPSG:28992, RD New); geographic CRSs are refused. An existing file is only replaced when 'Overwrite an existing file' is ticked. Add the result to the map with the Lagenbenadering button: occupatie on top, netwerk, ondergrond at the bottom.</source>
            <translation>Schrijft een GeoPackage met lege lagen in het datamodel van de plugin, klaar om in te tekenen, geordend volgens de lagenbenadering (Nota Ruimte; DGDO figuur 1): ondergrond_* (watervoerende pakketten, beschermende kleilagen, grondwaterbeschermingszones, boringsvrije zones, NGR/ASV, breuken, zoutstructuren, archeologie, bodemenergiesystemen, winputten), netwerk_* (kabels en leidingen, warmtenettracés, reserveringen en corridors, infiltratievoorzieningen, bomen, geplande werkzaamheden, straten) en occupatie_* (grondgebruik, geplande ontwikkelingen).

De velden volgen de conventies van de plugin: top_m en bottom_m (m onder maaiveld, positief naar beneden) voor een volume, depth_m (bovenkant leiding) en diameter_m voor een kabel of leiding, valid_from en valid_to (jaartallen, inclusief; leeg = onbegrensd), utility_type met de IMKL-themacodes van KLIC, status voor de keuzestatus (gemaakt / te maken / te agenderen) en source (bron).

Elke laag krijgt de huisstijl van de plugin als standaardstijl in de GeoPackage, zodat hij in elke QGIS opgemaakt opent: IMKL-kleuren voor kabels en leidingen (gestreept waar de diepte onbekend is), de keuzestatus als gevuld / omlijnd / gearceerd, dieptezones voor de ondergrond, tijdinstellingen uit valid_from/valid_to voor de tijdregelaar, en een 3D-weergave die elke laag op zijn diepte onder maaiveld tekent.

Coördinatenstelsel: een geprojecteerd stelsel in meters (standaard EPSG:28992, RD New); geografische stelsels worden geweigerd. Een bestaand bestand wordt alleen vervangen als 'Bestaand bestand overschrijven' is aangevinkt. Zet het resultaat op de kaart met de knop Lagenbenadering: occupatie bovenaan, dan netwerk, de ondergrond onderaan.</translation>
        </message>
        <message>
            <location filename="../algorithms/layertemplate.py" />
            <source>The coordinate reference system is not valid; choose e.g. EPSG:28992.</source>
            <translation>Het coördinatenstelsel is ongeldig; kies bijvoorbeeld EPSG:28992.</translation>
        </message>
        <message>
            <location filename="../algorithms/layertemplate.py" />
            <location filename="../gui/lagenbenadering.py" />
            <source>GeoPackage (*.gpkg)</source>
            <translation>GeoPackage (*.gpkg)</translation>
        </message>
        <message>
            <location filename="../algorithms/layertemplate.py" />
            <source>Coordinate reference system (projected, metres)</source>
            <translation>Coördinatenstelsel (geprojecteerd, meters)</translation>
        </message>
        <message>
            <location filename="../algorithms/layertemplate.py" />
            <source>Overwrite an existing file</source>
            <translation>Bestaand bestand overschrijven</translation>
        </message>
        <message>
            <location filename="../algorithms/layertemplate.py" />
            <source>Number of layers written</source>
            <translation>Aantal geschreven lagen</translation>
        </message>
        <message>
            <location filename="../algorithms/layertemplate.py" />
            <source>The file {path} already exists. Choose another file name, or tick 'Overwrite an existing file' to replace it (its layers are lost).</source>
            <translation>Het bestand {path} bestaat al. Kies een andere bestandsnaam, of vink 'Bestaand bestand overschrijven' aan om het te vervangen (de lagen erin gaan dan verloren).</translation>
        </message>
        <message>
            <location filename="../algorithms/layertemplate.py" />
            <source>The folder {folder} does not exist. Create it first or choose another folder.</source>
            <translation>De map {folder} bestaat niet. Maak hem eerst aan of kies een andere map.</translation>
        </message>
        <message>
            <location filename="../algorithms/layertemplate.py" />
            <source>Cannot write in the folder {folder} (no permission). Choose a folder you can write to.</source>
            <translation>Kan niet schrijven in de map {folder} (geen schrijfrechten). Kies een map waarin u mag schrijven.</translation>
        </message>
        <message>
            <location filename="../algorithms/layertemplate.py" />
            <source>{crs} is not a projected CRS in metres. The template holds depths and distances in metres: choose a projected CRS such as EPSG:28992 (RD New).</source>
            <translation>{crs} is geen geprojecteerd coördinatenstelsel in meters. Het sjabloon werkt met diepten en afstanden in meters: kies een geprojecteerd stelsel zoals EPSG:28992 (RD New).</translation>
        </message>
        <message>
            <location filename="../algorithms/layertemplate.py" />
            <source>Cannot create the GeoPackage {path}.</source>
            <translation>Kan de GeoPackage {path} niet aanmaken.</translation>
        </message>
        <message>
            <location filename="../algorithms/layertemplate.py" />
            <source>The layer {layer} was not written to {path}.</source>
            <translation>De laag {layer} is niet in {path} geschreven.</translation>
        </message>
        <message>
            <location filename="../algorithms/layertemplate.py" />
            <source>The style {qml} could not be read: {message}</source>
            <translation>De stijl {qml} kon niet worden gelezen: {message}</translation>
        </message>
        <message>
            <location filename="../algorithms/layertemplate.py" />
            <source>The style of {layer} could not be stored in {path}: {error}</source>
            <translation>De stijl van {layer} kon niet in {path} worden opgeslagen: {error}</translation>
        </message>
        <message>
            <location filename="../algorithms/layertemplate.py" />
            <source>{count} layers written to {path} in {crs}.</source>
            <translation>{count} lagen geschreven naar {path} in {crs}.</translation>
        </message>
        <message>
            <location filename="../algorithms/layertemplate.py" />
            <source>Cannot create the GeoPackage {path}: {error}</source>
            <translation>Kan de GeoPackage {path} niet aanmaken: {error}</translation>
        </message>
        <message>
            <location filename="../algorithms/locationreport.py" />
            <source>What can go where: location report</source>
            <translation>Wat kan waar: locatierapport</translation>
        </message>
        <message>
            <location filename="../algorithms/locationreport.py" />
            <source>One overview of the subsurface for each location (a building plot, a candidate geothermal site, a WKO request): which function can go in which depth band, which one comes first, what lies there at which depth, and why.

&lt;b&gt;Inputs.&lt;/b&gt; Locations (points or polygons; the name field names each report section), the constraint layers, field names, rules and functions tables and depth bands exactly as in Depth-band suitability, the preference ladder table as in Preference ladder, optional network layers (cables, pipes and trees with utility_type, depth_m, diameter_m, top_m, bottom_m, radius_m, validity, as the KLIC import and the lagenbenadering template write them) within a radius (m) of each location, and an optional year: then only constraints and network valid in that year (valid_from/valid_to, inclusive) take part.

&lt;b&gt;Method.&lt;/b&gt; The verdicts are those of Depth-band suitability at the same place with the same inputs: a point is evaluated exactly at the point; a polygon on the cells of the chosen cell size (m) whose centres lie inside it, on the same snapped grid as a suitability run with that cell size, and each verdict gets the share of the polygon's cells where it holds (shares add up to 1). A polygon too small to hold a cell centre is evaluated at a point inside it. Network depths that are missing take the operator's standard depth or the defaults table (rules/default_depths.csv), as in the 4D reservation check, and are marked assumed.

&lt;b&gt;Outputs.&lt;/b&gt; A table with one row per location, function, band and verdict (verdict, label, reasons with their public sources, share); a table of everything present at each location (claims, zones and layers that reach it, network within the radius) with depth and validity; an HTML report with per location a depth column (logarithmic from 0 to 4000 m, and the top 5 m with cables and pipes), the verdict matrix with reasons, the preference ladder, drinking-water protection and the depth of a boringsvrije zone, the stapeling (claims present per band) and a plan map.

&lt;b&gt;Sources.&lt;/b&gt; The rules and ladder tables cite theirs (Nota Ruimte, provincial omgevingsverordening, Infomil, Structuurvisie Ondergrond, DGDO regional sessions 2025); default depths of cables and pipes: NEN 7171-1 and CROW 280.</source>
            <translation>Eén overzicht van de ondergrond per locatie (een bouwkavel, een kandidaatlocatie voor geothermie, een WKO-aanvraag): welke functie kan in welke dieptelaag, welke gaat voor, wat ligt daar op welke diepte, en waarom.

&lt;b&gt;Invoer.&lt;/b&gt; Locaties (punten of vlakken; het naamveld geeft elk rapportdeel zijn naam), de beperkingslagen, veldnamen, regel- en functietabellen en dieptelagen precies als bij Geschiktheid per dieptelaag, de laddertabel als bij Voorkeursladder, optioneel netwerklagen (kabels, leidingen en bomen met utility_type, depth_m, diameter_m, top_m, bottom_m, radius_m en geldigheid, zoals de KLIC-import en het lagenbenaderingssjabloon ze schrijven) binnen een straal (m) rond elke locatie, en optioneel een jaar: dan doen alleen beperkingen en netwerk mee die in dat jaar geldig zijn (valid_from/valid_to, inclusief).

&lt;b&gt;Methode.&lt;/b&gt; De oordelen zijn die van Geschiktheid per dieptelaag op dezelfde plek met dezelfde invoer: een punt wordt precies op het punt beoordeeld; een vlak op de cellen van de gekozen celgrootte (m) waarvan het middelpunt erbinnen ligt, op hetzelfde uitgelijnde grid als een geschiktheidsberekening met die celgrootte, en elk oordeel krijgt het aandeel van de cellen van het vlak waar het geldt (de aandelen tellen op tot 1). Een vlak dat te klein is voor een celmiddelpunt wordt beoordeeld in een punt erbinnen. Ontbrekende dieptes van het netwerk krijgen de standaarddiepte van de netbeheerder of de waarde uit de tabel met standaardwaarden (rules/default_depths.csv), zoals bij de 4D-reserveringstoets, en worden als aangenomen gemarkeerd.

&lt;b&gt;Uitvoer.&lt;/b&gt; Een tabel met één rij per locatie, functie, dieptelaag en oordeel (oordeel, omschrijving, redenen met hun publieke bronnen, aandeel); een tabel van alles wat op elke locatie aanwezig is (claims, zones en lagen die haar raken, netwerk binnen de straal) met diepte en geldigheid; een HTML-rapport met per locatie een dieptekolom (logaritmisch van 0 tot 4000 m, en de bovenste 5 m met kabels en leidingen), de oordelenmatrix met redenen, de voorkeursladder, drinkwaterbescherming en de diepte van een boringsvrije zone, de stapeling (aanwezige claims per dieptelaag) en een kaartje.

&lt;b&gt;Bronnen.&lt;/b&gt; De regel- en laddertabellen noemen de hunne (Nota Ruimte, provinciale omgevingsverordening, Infomil, Structuurvisie Ondergrond, DGDO regiosessies 2025); standaarddieptes van kabels en leidingen: NEN 7171-1 en CROW 280.</translation>
        </message>
        <message>
            <location filename="../algorithms/locationreport.py" />
            <source>locations</source>
            <translation>locaties</translation>
        </message>
        <message>
            <location filename="../algorithms/locationreport.py" />
            <source>Locations (points or polygons)</source>
            <translation>Locaties (punten of vlakken)</translation>
        </message>
        <message>
            <location filename="../algorithms/locationreport.py" />
            <source>Name field of the locations</source>
            <translation>Naamveld van de locaties</translation>
        </message>
        <message>
            <location filename="../algorithms/locationreport.py" />
            <location filename="../algorithms/preferenceladder.py" />
            <source>Ladder table (CSV: context, rank, function, note, source)</source>
            <translation>Laddertabel (CSV: context, rank, function, note, source)</translation>
        </message>
        <message>
            <location filename="../algorithms/locationreport.py" />
            <source>Cell size for polygon locations (m)</source>
            <translation>Celgrootte voor vlaklocaties (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/locationreport.py" />
            <source>Cables, pipes and trees (optional)</source>
            <translation>Kabels, leidingen en bomen (optioneel)</translation>
        </message>
        <message>
            <location filename="../algorithms/locationreport.py" />
            <source>Radius around each location for the network (m)</source>
            <translation>Straal rond elke locatie voor het netwerk (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/locationreport.py" />
            <source>Year (optional: only what is valid then)</source>
            <translation>Jaar (optioneel: alleen wat dan geldig is)</translation>
        </message>
        <message>
            <location filename="../algorithms/locationreport.py" />
            <source>Verdicts per location, function and band</source>
            <translation>Oordelen per locatie, functie en dieptelaag</translation>
        </message>
        <message>
            <location filename="../algorithms/locationreport.py" />
            <source>Present at the locations</source>
            <translation>Aanwezig op de locaties</translation>
        </message>
        <message>
            <location filename="../algorithms/locationreport.py" />
            <source>Location report (HTML)</source>
            <translation>Locatierapport (HTML)</translation>
        </message>
        <message>
            <location filename="../algorithms/locationreport.py" />
            <source>Location report (PDF)</source>
            <translation>Locatierapport (PDF)</translation>
        </message>
        <message>
            <location filename="../algorithms/locationreport.py" />
            <source>{n} location(s); constraints: {constraints}; rules: {rules}.</source>
            <translation>{n} locatie(s); beperkingen: {constraints}; regels: {rules}.</translation>
        </message>
        <message>
            <location filename="../algorithms/locationreport.py" />
            <source>The locations layer {layer} has no features with a geometry; choose points or polygons.</source>
            <translation>De locatielaag {layer} heeft geen objecten met een geometrie; kies punten of vlakken.</translation>
        </message>
        <message>
            <location filename="../algorithms/locationreport.py" />
            <source>Location {fid}</source>
            <translation>Locatie {fid}</translation>
        </message>
        <message>
            <location filename="../algorithms/locationreport.py" />
            <source>Nothing is present at location(s) {ids}: every function is judged on the rules without constraints there.</source>
            <translation>Op locatie(s) {ids} is niets aanwezig: elke functie wordt daar beoordeeld op de regels zonder beperkingen.</translation>
        </message>
        <message>
            <location filename="../algorithms/locationreport.py" />
            <source>Locations layer {layer}, feature {fid}: a line is not a location; give points or polygons.</source>
            <translation>Locatielaag {layer}, object {fid}: een lijn is geen locatie; geef punten of vlakken.</translation>
        </message>
        <message>
            <location filename="../algorithms/locationreport.py" />
            <source>Locations layer {layer}, feature {fid}: a multipoint; its centroid is used.</source>
            <translation>Locatielaag {layer}, object {fid}: een multipunt; het zwaartepunt wordt gebruikt.</translation>
        </message>
        <message>
            <location filename="../algorithms/locationreport.py" />
            <source>{n} constraint feature(s) are not valid in {year} and are left out.</source>
            <translation>{n} beperkingsobject(en) zijn in {year} niet geldig en doen niet mee.</translation>
        </message>
        <message>
            <location filename="../algorithms/locationreport.py" />
            <source>Location {name} (feature {fid}): {error}</source>
            <translation>Locatie {name} (object {fid}): {error}</translation>
        </message>
        <message>
            <location filename="../algorithms/models.py" />
            <source>The model {model} needs {algorithms}, which are not available.</source>
            <translation>Het model {model} heeft {algorithms} nodig; die zijn niet beschikbaar.</translation>
        </message>
        <message>
            <location filename="../algorithms/naptodepth.py" />
            <source>NAP to depth below ground</source>
            <translation>NAP naar diepte onder maaiveld</translation>
        </message>
        <message>
            <location filename="../algorithms/naptodepth.py" />
            <source>Converts heights in m NAP (the Dutch vertical datum, EPSG:5709) to depths in metres below ground level, positive downward, as every Ondergrond algorithm reads them (top_m, bottom_m).

&lt;b&gt;Inputs.&lt;/b&gt; A layer; the field with the top and/or the field with the bottom in m NAP (either may be left empty); the ground level as a raster in m NAP (AHN, the Actueel Hoogtebestand Nederland) or as one value in m NAP. With both, the value is used where the raster has no data.

&lt;b&gt;Method.&lt;/b&gt; depth = ground level - height. The ground level of a point is the raster cell it lies in; of a polygon the mean of the cells whose centres lie inside it (as QGIS's zonal statistics); of a line the mean of the cells within half a cell of it; a polygon or line too small to hold a cell centre takes the cell at its representative point. A top above ground level becomes 0 (counted); a feature that lies entirely above ground gets top and bottom 0 (counted). A top below its bottom is kept as computed and reported; Depth-band suitability and the Cumulation heatmap skip such features with a warning.

&lt;b&gt;Output.&lt;/b&gt; The input features with top_m and bottom_m (m below ground level; replaced when the layer has them) and ground_nap (the ground level used, m NAP) added. Features off the raster (or on cells without data) with no ground-level value get empty depths and a warning; so do features without geometry. The input is not changed.

Depth-band suitability and the Cumulation heatmap can do the same conversion themselves (advanced parameters: NAP fields and ground level).</source>
            <translation>Rekent hoogten in m NAP (het Normaal Amsterdams Peil, EPSG:5709) om naar diepten in meters onder maaiveld, positief naar beneden, zoals elk Ondergrond-algoritme ze leest (top_m, bottom_m).

&lt;b&gt;Invoer.&lt;/b&gt; Een laag; het veld met de bovenkant en/of het veld met de onderkant in m NAP (één van beide mag leeg blijven); de maaiveldhoogte als raster in m NAP (AHN, het Actueel Hoogtebestand Nederland) of als één waarde in m NAP. Met beide wordt de waarde gebruikt waar het raster geen gegevens heeft.

&lt;b&gt;Methode.&lt;/b&gt; diepte = maaiveldhoogte - hoogte. De maaiveldhoogte van een punt is de rastercel waarin het ligt; van een vlak het gemiddelde van de cellen waarvan het middelpunt erin ligt (zoals de zonale statistiek van QGIS); van een lijn het gemiddelde van de cellen binnen een halve cel ervan; een vlak of lijn te klein voor een celmiddelpunt neemt de cel op zijn representatieve punt. Een bovenkant boven maaiveld wordt 0 (geteld); een object dat geheel boven maaiveld ligt krijgt boven- en onderkant 0 (geteld). Een bovenkant onder de onderkant blijft zoals berekend en wordt gemeld; Dieptelaaggeschiktheid en de Stapelingskaart slaan zulke objecten over met een waarschuwing.

&lt;b&gt;Uitvoer.&lt;/b&gt; De invoerobjecten met top_m en bottom_m (m onder maaiveld; vervangen als de laag ze al heeft) en ground_nap (de gebruikte maaiveldhoogte, m NAP) erbij. Objecten buiten het raster (of op cellen zonder gegevens) zonder maaiveldwaarde krijgen lege diepten en een waarschuwing; net als objecten zonder geometrie. De invoer wordt niet gewijzigd.

Dieptelaaggeschiktheid en de Stapelingskaart kunnen dezelfde omrekening zelf doen (geavanceerde parameters: NAP-velden en maaiveldhoogte).</translation>
        </message>
        <message>
            <location filename="../algorithms/naptodepth.py" />
            <source>Layer with heights in m NAP</source>
            <translation>Laag met hoogten in m NAP</translation>
        </message>
        <message>
            <location filename="../algorithms/naptodepth.py" />
            <source>Top field (m NAP)</source>
            <translation>Veld bovenkant (m NAP)</translation>
        </message>
        <message>
            <location filename="../algorithms/naptodepth.py" />
            <source>Bottom field (m NAP)</source>
            <translation>Veld onderkant (m NAP)</translation>
        </message>
        <message>
            <location filename="../algorithms/naptodepth.py" />
            <source>Depths below ground level</source>
            <translation>Diepten onder maaiveld</translation>
        </message>
        <message>
            <location filename="../algorithms/naptodepth.py" />
            <source>Number of features with depths</source>
            <translation>Aantal objecten met diepten</translation>
        </message>
        <message>
            <location filename="../algorithms/naptodepth.py" />
            <source>Number of tops above ground level</source>
            <translation>Aantal bovenkanten boven maaiveld</translation>
        </message>
        <message>
            <location filename="../algorithms/naptodepth.py" />
            <source>Number of features without ground level</source>
            <translation>Aantal objecten zonder maaiveldhoogte</translation>
        </message>
        <message>
            <location filename="../algorithms/naptodepth.py" />
            <source>Choose the top field, the bottom field (m NAP) or both.</source>
            <translation>Kies het veld bovenkant, het veld onderkant (m NAP) of beide.</translation>
        </message>
        <message>
            <location filename="../algorithms/naptodepth.py" />
            <source>Give the ground level: a raster in m NAP (AHN) or a value in m NAP.</source>
            <translation>Geef de maaiveldhoogte: een raster in m NAP (AHN) of een waarde in m NAP.</translation>
        </message>
        <message>
            <location filename="../algorithms/naptodepth.py" />
            <source>The layer has no coordinate reference system, so it cannot be placed on the ground-level raster; set its CRS and run again.</source>
            <translation>De laag heeft geen coördinatenstelsel en kan dus niet op het maaiveldraster gelegd worden; stel het CRS in en start opnieuw.</translation>
        </message>
        <message>
            <location filename="../algorithms/naptodepth.py" />
            <source>{n} of {total} feature(s) converted ({ground}).</source>
            <translation>{n} van {total} object(en) omgerekend ({ground}).</translation>
        </message>
        <message>
            <location filename="../algorithms/naptodepth.py" />
            <source>Field {field}, row {{index}}</source>
            <translation>Veld {field}, rij {{index}}</translation>
        </message>
        <message>
            <location filename="../algorithms/naptodepth.py" />
            <source>{n} feature(s) off the raster use the ground level {value} m NAP.</source>
            <translation>{n} object(en) buiten het raster gebruiken maaiveld {value} m NAP.</translation>
        </message>
        <message>
            <location filename="../algorithms/naptodepth.py" />
            <source>{n} feature(s) lie off the ground-level raster or on cells without data; their depths are empty (feature ids {ids}).</source>
            <translation>{n} object(en) liggen buiten het maaiveldraster of op cellen zonder gegevens; hun diepten blijven leeg (object-id's {ids}).</translation>
        </message>
        <message>
            <location filename="../algorithms/naptodepth.py" />
            <source>{n} feature(s) without geometry get empty depths (feature ids {ids}).</source>
            <translation>{n} object(en) zonder geometrie krijgen lege diepten (object-id's {ids}).</translation>
        </message>
        <message>
            <location filename="../algorithms/obstacles.py" />
            <source>Obstacle utility type field (IMKL thema code)</source>
            <translation>Veld soort leiding van de obstakels (IMKL-thema)</translation>
        </message>
        <message>
            <location filename="../algorithms/obstacles.py" />
            <source>Obstacle valid from field (year or date)</source>
            <translation>Veld obstakel geldig vanaf (jaar of datum)</translation>
        </message>
        <message>
            <location filename="../algorithms/obstacles.py" />
            <source>Obstacle valid to field (year or date)</source>
            <translation>Veld obstakel geldig tot en met (jaar of datum)</translation>
        </message>
        <message>
            <location filename="../algorithms/obstacles.py" />
            <source>Utility type field (IMKL thema code)</source>
            <translation>Veld type leiding (IMKL-themacode)</translation>
        </message>
        <message>
            <location filename="../algorithms/obstacles.py" />
            <source>Cable/pipe depth field (top of pipe, m below ground level)</source>
            <translation>Veld diepte kabel/leiding (bovenkant buis, m onder maaiveld)</translation>
        </message>
        <message>
            <location filename="../algorithms/obstacles.py" />
            <source>Cable/pipe standard depth field (the operator's standard laying depth, m; used where the depth is empty)</source>
            <translation>Veld standaarddiepte kabel/leiding (standaard dieptelegging van de netbeheerder, m; gebruikt waar de diepte leeg is)</translation>
        </message>
        <message>
            <location filename="../algorithms/obstacles.py" />
            <source>Cable/pipe diameter field (m)</source>
            <translation>Veld diameter kabel/leiding (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/obstacles.py" />
            <source>Top field of polygons and points (m below ground level)</source>
            <translation>Veld bovenkant van vlakken en punten (m onder maaiveld)</translation>
        </message>
        <message>
            <location filename="../algorithms/obstacles.py" />
            <source>Bottom field of polygons and points (m below ground level)</source>
            <translation>Veld onderkant van vlakken en punten (m onder maaiveld)</translation>
        </message>
        <message>
            <location filename="../algorithms/obstacles.py" />
            <source>Radius field of points (m, horizontal extent)</source>
            <translation>Veld straal van punten (m, horizontale omvang)</translation>
        </message>
        <message>
            <location filename="../algorithms/obstacles.py" />
            <source>Defaults table (CSV: utility_type, depth_m, diameter_m, top_m, bottom_m, radius_m)</source>
            <translation>Tabel standaardwaarden (CSV: utility_type, depth_m, diameter_m, top_m, bottom_m, radius_m)</translation>
        </message>
        <message>
            <location filename="../algorithms/obstacles.py" />
            <source>Clearances table (CSV: type_a, type_b, clearance_m)</source>
            <translation>Tabel onderlinge afstanden (CSV: type_a, type_b, clearance_m)</translation>
        </message>
        <message>
            <location filename="../algorithms/obstacles.py" />
            <source>Use Z as depth where the depth field is empty (m below ground level)</source>
            <translation>Z als diepte gebruiken waar het diepteveld leeg is (m onder maaiveld)</translation>
        </message>
        <message>
            <location filename="../algorithms/preferenceladder.py" />
            <source>Preference ladder (voorkeursladder)</source>
            <translation>Voorkeursladder</translation>
        </message>
        <message>
            <location filename="../algorithms/preferenceladder.py" />
            <source>Where several functions can use the subsurface in a depth band, which one comes first here, and which lose out? The verdicts (suitable, conditional, excluded) are those of Depth-band suitability with the same inputs; a ladder table then ranks the functions.

&lt;b&gt;Ladder table&lt;/b&gt; (CSV: context, rank, function, note, source). A context is a constraint kind (for example grondwaterbeschermingsgebied or ngr): its ladder applies in a band where a feature of that kind is present with a depth range overlapping the band. Where several contexts apply, the context listed first in the table wins; where none applies, the ladder of context * does. A context ladder need not list every function: those it leaves out follow in the order of the * ladder, then functions no ladder lists, in the order of the functions table. Rank 1 comes first; a rank is unique within its context.

&lt;b&gt;Outputs.&lt;/b&gt; Polygons per band and zone: preferred (the highest-ranked function that is not excluded there) and its verdict, competing (the other functions that are not excluded, in ladder order: where this is not empty, the weighing really happens), excluded, the context whose ladder applied, and the reasons: why each higher-ranked function is excluded and why the preferred one is possible, with the rules' public sources and the ladder's note. A function that does not reach a band plays no part there. The summary table gives per band and function the area where it is preferred, where it is possible, and where it is possible together with another function (contested); the row without a function holds the band's totals.

&lt;b&gt;Default ladder&lt;/b&gt; (rules/voorkeursladder.csv): in the drinking-water contexts (waterwingebied, grondwaterbeschermingsgebied, 100-jaarszone, boringsvrije zone, NGR, ASV) drinking water comes first (Drinkwaterwet art. 2; Nota Ruimte 2024: water en bodem sturend, protect the groundwater abstraction areas; DGDO regional sessions 2025: drinking water as a hard boundary). Elsewhere the network layer comes first in the street, and renewable use (ground energy, geothermal energy) before storage and finite extraction (Structuurvisie Ondergrond 2018, afwegingsprincipes). It is a starting point: a province sets its own ladder in its omgevingsvisie or omgevingsverordening; copy the table and edit it.</source>
            <translation>Waar meerdere functies een dieptelaag van de ondergrond kunnen gebruiken: welke gaat hier voor, en welke vallen af? De oordelen (geschikt, voorwaardelijk, uitgesloten) zijn die van Geschiktheid per dieptelaag met dezelfde invoer; een laddertabel rangschikt daarna de functies.

&lt;b&gt;Laddertabel&lt;/b&gt; (CSV: context, rank, function, note, source). Een context is een soort beperking (bijvoorbeeld grondwaterbeschermingsgebied of ngr): de ladder ervan geldt in een dieptelaag waar een object van die soort aanwezig is met een dieptebereik dat de laag overlapt. Gelden er meerdere contexten, dan wint de context die het eerst in de tabel staat; geldt er geen, dan geldt de ladder van context *. Een contextladder hoeft niet alle functies te noemen: de functies die ontbreken volgen in de volgorde van de ladder *, daarna functies die in geen ladder staan, in de volgorde van de functietabel. Rang 1 gaat voor; een rang komt binnen een context één keer voor.

&lt;b&gt;Uitvoer.&lt;/b&gt; Vlakken per dieptelaag en zone: preferred (de hoogst gerangschikte functie die daar niet is uitgesloten) met haar oordeel, competing (de andere functies die niet zijn uitgesloten, in laddervolgorde: waar dit niet leeg is, vindt de afweging echt plaats), excluded (uitgesloten), de context waarvan de ladder gold, en de redenen: waarom elke hoger gerangschikte functie is uitgesloten en waarom de voorkeursfunctie mogelijk is, met de publieke bronnen van de regels en de toelichting van de ladder. Een functie die een dieptelaag niet bereikt, speelt daar geen rol. De samenvattingstabel geeft per dieptelaag en functie de oppervlakte waar zij de voorkeur heeft, waar zij mogelijk is, en waar zij samen met een andere functie mogelijk is (betwist); de rij zonder functie bevat de totalen van de dieptelaag.

&lt;b&gt;Standaardladder&lt;/b&gt; (rules/voorkeursladder.csv): in de drinkwatercontexten (waterwingebied, grondwaterbeschermingsgebied, 100-jaarszone, boringsvrije zone, NGR, ASV) gaat drinkwater voor (Drinkwaterwet art. 2; Nota Ruimte 2024: water en bodem sturend, bescherm de grondwaterwinningsgebieden; DGDO regiosessies 2025: drinkwater als harde randvoorwaarde). Elders gaat in de straat de netwerklaag voor, en hernieuwbaar gebruik (bodemenergie, geothermie) gaat voor opslag en eindige winning (Structuurvisie Ondergrond 2018, afwegingsprincipes). Dit is een vertrekpunt: een provincie stelt haar eigen ladder vast in haar omgevingsvisie of omgevingsverordening; kopieer de tabel en pas hem aan.</translation>
        </message>
        <message>
            <location filename="../algorithms/preferenceladder.py" />
            <source>Preferred function per depth band</source>
            <translation>Voorkeursfunctie per dieptelaag</translation>
        </message>
        <message>
            <location filename="../algorithms/preferenceladder.py" />
            <source>Preference ladder summary (areas per band and function)</source>
            <translation>Samenvatting voorkeursladder (oppervlakten per dieptelaag en functie)</translation>
        </message>
        <message>
            <location filename="../algorithms/preferenceladder.py" />
            <source>The ladder table has no ladder for context '*': where none of its contexts is present, no function is preferred.</source>
            <translation>De laddertabel heeft geen ladder voor context '*': waar geen van haar contexten aanwezig is, heeft geen functie de voorkeur.</translation>
        </message>
        <message>
            <location filename="../algorithms/preferenceladder.py" />
            <source>No constraint has the kind of these ladder contexts, so their ladders do not apply: {contexts}.</source>
            <translation>Geen beperking heeft de soort van deze laddercontexten, dus hun ladders gelden niet: {contexts}.</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Aquifers and aquitards</source>
            <translation>Watervoerende pakketten en scheidende lagen</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Protective clay layers</source>
            <translation>Beschermende kleilagen</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Drilling-free zones</source>
            <translation>Boringsvrije zones</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Groundwater reserves (NGR/ASV)</source>
            <translation>Grondwaterreserves (NGR/ASV)</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Faults</source>
            <translation>Breuken</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Salt structures</source>
            <translation>Zoutstructuren</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Archaeology</source>
            <translation>Archeologie</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Ground-energy systems</source>
            <translation>Bodemenergiesystemen</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Planned deep activities</source>
            <translation>Geplande diepe activiteiten</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Drinking-water wells</source>
            <translation>Drinkwaterputten</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Cables and pipes</source>
            <translation>Kabels en leidingen</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Heat-network traces</source>
            <translation>Tracés warmtenet</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Reservations and corridors</source>
            <translation>Reserveringen en leidingstroken</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Infiltration and storage</source>
            <translation>Infiltratie en waterberging</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Trees</source>
            <translation>Bomen</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Planned works (lines)</source>
            <translation>Geplande werken (lijnen)</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Planned works (areas)</source>
            <translation>Geplande werken (vlakken)</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Street centre lines</source>
            <translation>Straatassen</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Kerbs</source>
            <translation>Stoepranden</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Land use</source>
            <translation>Grondgebruik</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Planned developments</source>
            <translation>Geplande ontwikkelingen</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <location filename="../models/ondergrond_gemeente.model3" />
            <source>Conflicts along the trace</source>
            <translation>Conflicten langs het tracé</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <location filename="../models/ondergrond_gemeente.model3" />
            <source>Coupling opportunities</source>
            <translation>Meekoppelkansen</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Stacking of claims</source>
            <translation>Stapeling van claims</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Stacking hotspots</source>
            <translation>Brandpunten van stapeling</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Cables and pipes (KLIC)</source>
            <translation>Kabels en leidingen (KLIC)</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Appurtenances (KLIC)</source>
            <translation>Leidingelementen (KLIC)</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Zones (KLIC)</source>
            <translation>Zones (KLIC)</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Ground-energy influence areas</source>
            <translation>Invloedsgebieden bodemenergie</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Ground-energy conflicts with zones</source>
            <translation>Conflicten bodemenergie met zones</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Free space for ground energy</source>
            <translation>Vrije ruimte voor bodemenergie</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Area (m2)</source>
            <translation>Oppervlakte (m2)</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Depth band (m)</source>
            <translation>Dieptelaag (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Band top (m below ground level)</source>
            <translation>Bovenkant laag (m onder maaiveld)</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Band bottom (m below ground level)</source>
            <translation>Onderkant laag (m onder maaiveld)</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Bottom (m below ground level)</source>
            <translation>Onderkant (m onder maaiveld)</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Chainage from (m)</source>
            <translation>Vanaf kilometrering (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Chainage to (m)</source>
            <translation>Tot kilometrering (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <location filename="../core/reservation_report.py" />
            <source>Chainage (m)</source>
            <translation>Afstand langs tracé (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <location filename="../core/reservation_report.py" />
            <source>Conflict</source>
            <translation>Conflict</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Contributing layers</source>
            <translation>Bijdragende lagen</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <location filename="../core/location_report.py" />
            <location filename="../core/reservation_report.py" />
            <location filename="../core/section_drawing.py" />
            <source>Depth assumed</source>
            <translation>Diepte aangenomen</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Depth, top of pipe (m below ground level)</source>
            <translation>Diepte bovenkant leiding (m onder maaiveld)</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Diameter (m)</source>
            <translation>Diameter (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <location filename="../core/reservation_report.py" />
            <source>Distance (m)</source>
            <translation>Afstand (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <location filename="../core/location_report.py" />
            <source>Function</source>
            <translation>Functie</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <location filename="../core/reservation_report.py" />
            <source>Gap (m)</source>
            <translation>Afstand (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <location filename="../core/reservation_report.py" />
            <source>Horizontal gap (m)</source>
            <translation>Horizontale afstand (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <location filename="../core/reservation_report.py" />
            <source>Vertical gap (m)</source>
            <translation>Verticale afstand (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Hotspot</source>
            <translation>Brandpunt</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Highest stacking</source>
            <translation>Hoogste stapeling</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Number of claims</source>
            <translation>Aantal claims</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Network operator</source>
            <translation>Netbeheerder</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Obstacle feature</source>
            <translation>Object obstakel</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Obstacle layer</source>
            <translation>Laag obstakel</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Obstacle type</source>
            <translation>Soort obstakel</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Overlap from (year)</source>
            <translation>Overlap vanaf (jaar)</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Overlap to (year)</source>
            <translation>Overlap tot (jaar)</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Reasons and sources</source>
            <translation>Redenen en bronnen</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Required clearance (m)</source>
            <translation>Vereiste afstand (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Overlaps in time</source>
            <translation>Overlapt in de tijd</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Top (m below ground level)</source>
            <translation>Bovenkant (m onder maaiveld)</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <location filename="../core/reservation_report.py" />
            <source>Trace</source>
            <translation>Tracé</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Travel time (days)</source>
            <translation>Verblijftijd (dagen)</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Utility type (IMKL theme)</source>
            <translation>Soort leiding (IMKL-thema)</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Valid from</source>
            <translation>Geldig vanaf</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Valid to</source>
            <translation>Geldig tot</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Verdict</source>
            <translation>Oordeel</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Verdict (text)</source>
            <translation>Oordeel (tekst)</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Work feature</source>
            <translation>Object werk</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Work layer</source>
            <translation>Laag werk</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Type of work</source>
            <translation>Soort werk</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <location filename="../core/reservation_report.py" />
            <source>Years apart</source>
            <translation>Jaren ertussen</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>System</source>
            <translation>Systeem</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>System A</source>
            <translation>Systeem A</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>System B</source>
            <translation>Systeem B</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Element</source>
            <translation>Onderdeel</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Well type</source>
            <translation>Soort bron</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Well types</source>
            <translation>Soorten bronnen</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Source feature</source>
            <translation>Object in de invoer</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Volume per season (m3)</source>
            <translation>Volume per seizoen (m3)</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Energy (MWh/year)</source>
            <translation>Energie (MWh/jaar)</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Capacity (kW)</source>
            <translation>Vermogen (kW)</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Thickness (m)</source>
            <translation>Dikte (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Thermal radius (m)</source>
            <translation>Thermische straal (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Hydraulic radius (m)</source>
            <translation>Hydraulische straal (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Relation</source>
            <translation>Relatie</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Overlap (m)</source>
            <translation>Overlap (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Overlaps in depth</source>
            <translation>Overlapt in diepte</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Depth overlap (m)</source>
            <translation>Overlap in diepte (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Reason</source>
            <translation>Reden</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Constraint layer</source>
            <translation>Laag beperking</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Constraint feature</source>
            <translation>Object beperking</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Rule</source>
            <translation>Regel</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Zone</source>
            <translation>Zone</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Clash (no gap)</source>
            <translation>Botsing (geen tussenruimte)</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <location filename="../core/reservation_report.py" />
            <source>Clearance too small</source>
            <translation>Afstand te klein</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>No overlap in time</source>
            <translation>Geen overlap in de tijd</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Depth assumed (white core)</source>
            <translation>Diepte aangenomen (witte kern)</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Suitable</source>
            <translation>Geschikt</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Conditional</source>
            <translation>Onder voorwaarden</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Excluded</source>
            <translation>Uitgesloten</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Water abstraction area (up to 1 year)</source>
            <translation>Waterwingebied (tot 1 jaar)</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Groundwater protection area (up to 25 years)</source>
            <translation>Grondwaterbeschermingsgebied (tot 25 jaar)</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>100-year zone / catchment (over 25 years)</source>
            <translation>100-jaarszone / intrekgebied (meer dan 25 jaar)</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Drilling-free zone (hatched)</source>
            <translation>Boringsvrije zone (gearceerd)</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>attention: wells of the same temperature overlap</source>
            <translation>aandacht: gelijke bronnen overlappen</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>a cold well only</source>
            <translation>alleen een koude bron</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>a warm well only</source>
            <translation>alleen een warme bron</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>a warm or a cold well</source>
            <translation>warme of koude bron</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>no space (interference)</source>
            <translation>geen ruimte (interferentie)</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>excluded by a zone</source>
            <translation>uitgesloten door een zone</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>separated in depth</source>
            <translation>gescheiden in diepte</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>separated in time</source>
            <translation>gescheiden in tijd</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>closed system</source>
            <translation>gesloten systeem</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>interference</source>
            <translation>interferentie</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>cold (cold well)</source>
            <translation>koud (koude bron)</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>warm (warm well)</source>
            <translation>warm (warme bron)</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <location filename="../core/suitability.py" />
            <source>conditional</source>
            <translation>voorwaardelijk</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>forbidden</source>
            <translation>verboden</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>precaution required</source>
            <translation>eis voorzorgsmaatregel</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>excavation polygon</source>
            <translation>graafpolygoon</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>0 = no claims</source>
            <translation>0 = geen claims</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>5 or more</source>
            <translation>5 of meer</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>decision made</source>
            <translation>gemaakte keuze</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>decision to be made</source>
            <translation>te maken keuze</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>decision to be put on the agenda</source>
            <translation>te agenderen keuze</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Claims stacked per cell</source>
            <translation>Gestapelde claims per cel</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Value</source>
            <translation>Waarde</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <location filename="../core/reservation_report.py" />
            <source>clash</source>
            <translation>botsing</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>gap </source>
            <translation>tussenruimte </translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>drilling-free zone</source>
            <translation>boringsvrije zone</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>days</source>
            <translation>dagen</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>years</source>
            <translation>jaar</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Suitability: {function}, {band}</source>
            <translation>Geschiktheid: {function}, {band}</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>Preference ladder: {band}</source>
            <translation>Voorkeursladder: {band}</translation>
        </message>
        <message>
            <location filename="../algorithms/presentation.py" />
            <source>other</source>
            <translation>overig</translation>
        </message>
        <message>
            <location filename="../algorithms/reportpdf.py" />
            <source>PDF written to {path} ({pages} pages).</source>
            <translation>PDF geschreven naar {path} ({pages} pagina's).</translation>
        </message>
        <message>
            <location filename="../algorithms/reportpdf.py" />
            <source>Cannot write the PDF {path}.</source>
            <translation>Kan de PDF {path} niet schrijven.</translation>
        </message>
        <message>
            <location filename="../algorithms/reportpdf.py" />
            <source>page {page} of {pages}</source>
            <translation>pagina {page} van {pages}</translation>
        </message>
        <message>
            <location filename="../algorithms/reservationcheck.py" />
            <location filename="../core/reservation_report.py" />
            <source>4D reservation check</source>
            <translation>4D-reserveringstoets</translation>
        </message>
        <message>
            <location filename="../algorithms/reservationcheck.py" />
            <source>Checks whether a planned trace (a heat network, by default) fits among the cables, pipes, trees and reserved space in the street, in 3D and over its lifetime, and lists the planned works it could be combined with (meekoppelkansen).

Trace: a line layer. Its envelope is Trace width wide (m) and runs from Trace depth (top, m below ground level) to Trace depth + Trace height. It lives from the construction year for Lifetime years (default 60: a heat network lies about 60 years). The fields depth_m, width_m, height_m, valid_from and valid_to of a trace feature override these values; a trace with valid_from but no valid_to lives Lifetime years from valid_from.

Obstacles: any number of layers. Lines are cables and pipes (utility_type as IMKL thema code, depth_m = top of the pipe, diameter_m); polygons are reserved space, infiltration crates or structures (top_m, bottom_m); points are trees or manholes (radius_m = horizontal extent, top_m, bottom_m). All may have valid_from and valid_to (years or dates, empty = open-ended). A cable or pipe without depth takes its network operator's standard laying depth (standard_depth_m: KLIC's standaardDieptelegging, as Import KLIC delivery writes it) where there is one. Any other missing depth, diameter or radius is taken from the Defaults table (typical depths of the standard street profile, non-normative practice values; KLIC data often has no depth). Conflicts that rest on either are marked depth_assumed. Each row of the bundled tables names its source. A layer without utility_type values gets a type from its name (boom/bomen/tree: tree, infiltratie/krat: infiltration crate, reserv: reservation, else 'overig'). Unknown types use the '*' rows of both tables, with one warning per type.

KLIC layers (as Import KLIC delivery writes them): precaution zones (zone_type AanduidingEisVoorzorgsmaatregel) are obstacles of type EisVoorzorgsmaatregel, with their own rows in both tables (from the surface down; a trace inside is a clash); the request areas (graafpolygoon, informatiepolygoon) are never obstacles. Appurtenances, cabinets and manholes are point obstacles of their network's thema; a depth measurement is one at its measured depth (top_m, bottom_m) unless a cable took it (link_id), whose line then carries that depth.

Method: horizontal gap h = max(0, 2D distance - trace width/2 - the obstacle's half width (diameter/2 for lines, radius for points, 0 for polygons)). Vertical intervals: trace [depth, depth + height], line [depth_m, depth_m + diameter_m], polygon and point [top_m, bottom_m] (empty top = 0, empty bottom = unbounded); v is their separation, 0 when they overlap. gap = sqrt(h^2 + v^2). A clash is gap = 0; a clearance conflict is a gap above 0 but below the required clearance from the Clearances table (symmetric, '*' as wildcard; the most specific row wins: an exact pair, then rows with one wildcard (the larger of two), then '*,*'). Bundled values are practice values (unverified): 0.25 m between small utilities, 0.5 m around heat, high-pressure gas and sewers, and 1.0 m between heat and drinking water (drinking water must stay below 25 C; no legal distance exists, KWR/Deltares; replace it by the distance agreed with the water company). Trees: radius 2.5 m from the tree centre to the trench edge (Liander after CROW 280).

Conflicts: one line per stretch of a trace in conflict with one obstacle, with the gaps, the required clearance and the chainage (m along the trace, running on over the parts of a multi-part trace). time_overlap tells whether the obstacle exists during the trace's life: a gas pipe removed before construction is still listed, with time_overlap false, so you see that the space frees up in time. Stretch ends and gaps are exact (computed, not sampled). top_m and bottom_m (m below ground level) give the depths where the trace and the obstacle meet: their overlap, or, for a clearance conflict above or below the trace, the gap between them; with them the conflicts load at their depth in the 3D view and the Elevation Profile (QGIS 3.26+).

Opportunities: every planned work (work_type, valid_from, valid_to) within Coupling distance (m) of a trace whose period lies within Coupling years of the construction year, as a point on the trace nearest to the work.

Report: an HTML file with the summary, both tables and per trace (named by the Trace name field, default name; 'Trace &lt;id&gt;' without one): a plan map with the obstacles near it and its conflict stretches numbered, the list of its conflicts, a longitudinal profile (chainage x depth: the envelope and every crossing or parallel obstacle at its depth; conflicts highlighted, assumed depths hatched) on pages of at most 300 m of trace, and a time chart of the trace's life against the validity of the obstacles in conflict. The Conflicts layer carries the trace_name too.

Inputs in another CRS are reprojected; 3D geometries are used in 2D (tick 'Use Z as depth' to take an empty depth from the Z values, as metres below ground level). Inputs are never changed.</source>
            <translation>Toetst of een gepland tracé (standaard een warmtenet) past tussen de kabels, leidingen, bomen en gereserveerde ruimte in de straat, in 3D en over zijn levensduur, en geeft de geplande werken waarmee het gecombineerd kan worden (meekoppelkansen).

Tracé: een lijnenlaag. Het ruimtebeslag is Breedte tracé breed (m) en loopt van Diepte tracé (bovenkant, m onder maaiveld) tot Diepte tracé + Hoogte tracé. Het tracé bestaat vanaf het aanlegjaar gedurende Levensduur jaren (standaard 60: een warmtenet ligt ongeveer 60 jaar). De velden depth_m, width_m, height_m, valid_from en valid_to van een tracé gaan voor deze waarden; een tracé met valid_from maar zonder valid_to bestaat Levensduur jaren vanaf valid_from.

Obstakels: een of meer lagen. Lijnen zijn kabels en leidingen (utility_type als IMKL-thema, depth_m = bovenkant buis, diameter_m); vlakken zijn gereserveerde ruimte, infiltratiekratten of bouwwerken (top_m, bottom_m); punten zijn bomen of putten (radius_m = horizontale omvang, top_m, bottom_m). Alle mogen valid_from en valid_to hebben (jaren of datums, leeg = open). Een kabel of leiding zonder diepte krijgt de standaard dieptelegging van zijn netbeheerder (standard_depth_m: de standaardDieptelegging uit KLIC, zoals KLIC-levering inlezen die schrijft) waar die er is. Elke andere ontbrekende diepte, diameter of straal komt uit de Tabel standaardwaarden (gangbare diepten uit het standaard ordeningsprofiel, niet-normatieve praktijkwaarden; KLIC-gegevens hebben vaak geen diepte). Conflicten die op een van beide berusten krijgen depth_assumed. Elke rij van de meegeleverde tabellen noemt zijn bron. Een laag zonder waarden in utility_type krijgt een soort uit zijn naam (boom/bomen/tree: boom, infiltratie/krat: infiltratiekrat, reserv: reservering, anders 'overig'). Onbekende soorten krijgen de rijen '*' van beide tabellen, met één waarschuwing per soort.

KLIC-lagen (zoals KLIC-levering inlezen die schrijft): gebieden met een eis voorzorgsmaatregel (zone_type AanduidingEisVoorzorgsmaatregel) zijn obstakels van de soort EisVoorzorgsmaatregel, met eigen rijen in beide tabellen (vanaf maaiveld naar beneden; een tracé erin is een botsing); de aanvraaggebieden (graafpolygoon, informatiepolygoon) zijn nooit obstakels. Leidingelementen, kasten en mangaten zijn puntobstakels met het thema van hun net; een dieptemeting is er een op haar gemeten diepte (top_m, bottom_m), tenzij een kabel haar overnam (link_id), waarvan de lijn dan die diepte draagt.

Methode: horizontale afstand h = max(0, 2D-afstand - breedte tracé/2 - de halve breedte van het obstakel (diameter/2 voor lijnen, straal voor punten, 0 voor vlakken)). Verticale intervallen: tracé [diepte, diepte + hoogte], lijn [depth_m, depth_m + diameter_m], vlak en punt [top_m, bottom_m] (lege bovenkant = 0, lege onderkant = onbegrensd); v is hun tussenruimte, 0 als ze overlappen. afstand = sqrt(h^2 + v^2). Een botsing is afstand = 0; een te kleine afstand is een afstand groter dan 0 maar kleiner dan de vereiste afstand uit de Tabel onderlinge afstanden (symmetrisch, '*' als jokerteken; de meest specifieke rij telt: een exact paar, dan rijen met één jokerteken (de grootste van twee), dan '*,*'). De meegeleverde waarden zijn praktijkwaarden (niet geverifieerd): 0,25 m tussen kleine kabels en leidingen, 0,5 m rond warmte, hogedruk gas en riolering, en 1,0 m tussen warmte en drinkwater (drinkwater moet onder 25 C blijven; een wettelijke afstand bestaat niet, KWR/Deltares; vervang de waarde door de afstand die met het drinkwaterbedrijf is afgesproken). Bomen: straal 2,5 m van het midden van de boom tot de rand van de sleuf (Liander naar CROW 280).

Conflicten: één lijn per deel van een tracé dat in conflict is met één obstakel, met de afstanden, de vereiste afstand en de afstand langs het tracé (m, doorlopend over de delen van een tracé uit meerdere delen). time_overlap geeft aan of het obstakel bestaat tijdens de levensduur van het tracé: een gasleiding die vóór de aanleg verwijderd wordt staat er nog in, met time_overlap onwaar, zodat u ziet dat de ruimte op tijd vrijkomt. De uiteinden van een conflicttraject en de afstanden zijn exact (berekend, niet bemonsterd). top_m en bottom_m (m onder maaiveld) geven de diepten waar het tracé en het obstakel elkaar raken: hun overlap, of, bij een te kleine afstand boven of onder het tracé, de ruimte ertussen; daarmee laden de conflicten op hun diepte in de 3D-weergave en het hoogteprofiel (QGIS 3.26+).

Meekoppelkansen: elk gepland werk (work_type, valid_from, valid_to) binnen Afstand voor meekoppelen (m) van een tracé waarvan de periode binnen Jaren voor meekoppelen van het aanlegjaar ligt, als punt op het tracé het dichtst bij het werk.

Rapport: een HTML-bestand met de samenvatting, beide tabellen en per tracé (benoemd met het Veld met de naam van het tracé, standaard name; 'Trace &lt;id&gt;' zonder naam): een bovenaanzicht met de obstakels erbij en de genummerde conflicttrajecten, de lijst van zijn conflicten, een lengteprofiel (afstand langs het tracé x diepte: het ruimtebeslag en elk kruisend of parallel obstakel op zijn diepte; conflicten gemarkeerd, aangenomen diepten gearceerd) op pagina's van hoogstens 300 m tracé, en een tijdlijn van de levensduur van het tracé naast de geldigheid van de obstakels in conflict. De laag Conflicten heeft ook trace_name.

Lagen in een ander CRS worden omgeprojecteerd; 3D-geometrieën worden in 2D gebruikt (vink 'Z als diepte gebruiken' aan om een lege diepte uit de Z-waarden te halen, als meters onder maaiveld). De invoer wordt nooit gewijzigd.</translation>
        </message>
        <message>
            <location filename="../algorithms/reservationcheck.py" />
            <location filename="../algorithms/streetprofile.py" />
            <source>Obstacles: cables and pipes, trees, reserved space</source>
            <translation>Obstakels: kabels en leidingen, bomen, gereserveerde ruimte</translation>
        </message>
        <message>
            <location filename="../algorithms/reservationcheck.py" />
            <location filename="../core/reservation_report.py" />
            <source>Conflicts</source>
            <translation>Conflicten</translation>
        </message>
        <message>
            <location filename="../algorithms/reservationcheck.py" />
            <location filename="../core/reservation_report.py" />
            <source>Opportunities to combine works</source>
            <translation>Meekoppelkansen</translation>
        </message>
        <message>
            <location filename="../algorithms/reservationcheck.py" />
            <source>Report</source>
            <translation>Rapport</translation>
        </message>
        <message>
            <location filename="../algorithms/reservationcheck.py" />
            <source>Report (PDF)</source>
            <translation>Rapport (PDF)</translation>
        </message>
        <message>
            <location filename="../algorithms/reservationcheck.py" />
            <source>Number of clashes</source>
            <translation>Aantal botsingen</translation>
        </message>
        <message>
            <location filename="../algorithms/reservationcheck.py" />
            <source>Number of opportunities</source>
            <translation>Aantal meekoppelkansen</translation>
        </message>
        <message>
            <location filename="../algorithms/reservationcheck.py" />
            <source>Planned trace (lines)</source>
            <translation>Gepland tracé (lijnen)</translation>
        </message>
        <message>
            <location filename="../algorithms/reservationcheck.py" />
            <source>Trace depth: top of the envelope (m below ground level)</source>
            <translation>Diepte tracé: bovenkant van het ruimtebeslag (m onder maaiveld)</translation>
        </message>
        <message>
            <location filename="../algorithms/reservationcheck.py" />
            <source>Trace width (m)</source>
            <translation>Breedte tracé (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/reservationcheck.py" />
            <source>Trace height (m)</source>
            <translation>Hoogte tracé (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/reservationcheck.py" />
            <source>Utility type of the trace (IMKL thema code, for the clearances)</source>
            <translation>Soort leiding van het tracé (IMKL-thema, voor de onderlinge afstanden)</translation>
        </message>
        <message>
            <location filename="../algorithms/reservationcheck.py" />
            <source>Construction year</source>
            <translation>Aanlegjaar</translation>
        </message>
        <message>
            <location filename="../algorithms/reservationcheck.py" />
            <source>Lifetime (years)</source>
            <translation>Levensduur (jaren)</translation>
        </message>
        <message>
            <location filename="../algorithms/reservationcheck.py" />
            <source>Trace depth field (m below ground level)</source>
            <translation>Veld diepte tracé (m onder maaiveld)</translation>
        </message>
        <message>
            <location filename="../algorithms/reservationcheck.py" />
            <source>Trace width field (m)</source>
            <translation>Veld breedte tracé (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/reservationcheck.py" />
            <source>Trace height field (m)</source>
            <translation>Veld hoogte tracé (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/reservationcheck.py" />
            <source>Trace valid from field (year or date)</source>
            <translation>Veld tracé geldig vanaf (jaar of datum)</translation>
        </message>
        <message>
            <location filename="../algorithms/reservationcheck.py" />
            <source>Trace valid to field (year or date)</source>
            <translation>Veld tracé geldig tot en met (jaar of datum)</translation>
        </message>
        <message>
            <location filename="../algorithms/reservationcheck.py" />
            <source>Trace name field (names the traces in the report and the conflicts)</source>
            <translation>Veld met de naam van het tracé (benoemt de tracés in het rapport en de conflicten)</translation>
        </message>
        <message>
            <location filename="../algorithms/reservationcheck.py" />
            <source>Planned works (for opportunities to combine)</source>
            <translation>Geplande werken (voor meekoppelkansen)</translation>
        </message>
        <message>
            <location filename="../algorithms/reservationcheck.py" />
            <source>Coupling distance (m)</source>
            <translation>Afstand voor meekoppelen (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/reservationcheck.py" />
            <source>Coupling years (years between a work and the construction)</source>
            <translation>Jaren voor meekoppelen (jaren tussen een werk en de aanleg)</translation>
        </message>
        <message>
            <location filename="../algorithms/reservationcheck.py" />
            <source>The trace layer {layer} has no line geometry: draw the planned trace as lines.</source>
            <translation>De tracélaag {layer} bevat geen lijnen: teken het geplande tracé als lijnen.</translation>
        </message>
        <message>
            <location filename="../algorithms/reservationcheck.py" />
            <source>Choose at least one obstacle layer.</source>
            <translation>Kies ten minste één laag met obstakels.</translation>
        </message>
        <message>
            <location filename="../algorithms/reservationcheck.py" />
            <source>Work type field</source>
            <translation>Veld soort werk</translation>
        </message>
        <message>
            <location filename="../algorithms/reservationcheck.py" />
            <source>{n} obstacle(s) within reach of {t} trace(s).</source>
            <translation>{n} obstakel(s) binnen bereik van {t} tracé(s).</translation>
        </message>
        <message>
            <location filename="../algorithms/reservationcheck.py" />
            <source>{n} conflict stretch(es): {clash} clash(es), {clear} clearance conflict(s); {free} without time overlap. {assumed} rely on an assumed depth. {opp} opportunity(ies) to combine works.</source>
            <translation>{n} conflicttraject(en): {clash} botsing(en), {clear} te kleine afstand(en); {free} zonder overlap in de tijd. {assumed} berusten op een aangenomen diepte. {opp} meekoppelkans(en).</translation>
        </message>
        <message>
            <location filename="../algorithms/reservationcheck.py" />
            <source>The trace layer {layer} has no features with a geometry: nothing to check.</source>
            <translation>De tracélaag {layer} bevat geen objecten met een geometrie: er valt niets te toetsen.</translation>
        </message>
        <message>
            <location filename="../algorithms/reservationcheck.py" />
            <location filename="../algorithms/streetprofile.py" />
            <source>Utility type '{type}' is in neither table: the '*' defaults and clearance are used. Add it to the tables or correct the type.</source>
            <translation>Soort leiding '{type}' staat in geen van beide tabellen: de standaardwaarden en afstand van '*' worden gebruikt. Neem de soort op in de tabellen of corrigeer hem.</translation>
        </message>
        <message>
            <location filename="../algorithms/reservationcheck.py" />
            <source>Report written to {path}</source>
            <translation>Rapport geschreven naar {path}</translation>
        </message>
        <message>
            <location filename="../algorithms/reservationcheck.py" />
            <source>Layer {layer}: {n} KLIC request area(s) (graafpolygoon, informatiepolygoon) left out: they mark the area of the KLIC request, not an obstacle.</source>
            <translation>Laag {layer}: {n} KLIC-aanvraaggebied(en) (graafpolygoon, informatiepolygoon) weggelaten: ze geven het gebied van de KLIC-melding aan, geen obstakel.</translation>
        </message>
        <message>
            <location filename="../algorithms/streetprofile.py" />
            <source>Where does it fit? (ordeningsprofiel)</source>
            <translation>Waar past het? (ordeningsprofiel)</translation>
        </message>
        <message>
            <location filename="../algorithms/streetprofile.py" />
            <source>Finds where in the street's cross-section a new utility (a warmtenet, by default) fits among the cables, pipes, trees and reserved space, with the clearances of the reservation check, in a given year; checks the existing utilities against the standard street profile (ordeningsprofiel) and suggests a trace.

Axis: the street axis (lines). Every Step m along it (and at the end) a cross-section is cut perpendicular to the axis, Half width m either side. Offsets are measured along it, positive to the left of the axis direction. A street width field of the axis (m) sets the half width per street. Public space (optional polygons, e.g. BGT wegdeel and voetpad): only the parts of the cross-section inside them may hold the new utility; the edges of the part around the axis are the property lines. Without it the property lines lie at +/- Half width.

New utility: an envelope New width m wide (default 0.8: a twin pipe with casing), from New depth (cover, m below ground level) to New depth + New height, of type New type. It must lie within the public space.

Obstacles, Defaults and Clearances are read exactly as the 4D reservation check reads them (same fields, same standard depths, same clearance table), so its gap rule applies: horizontal gap h = distance - half widths, vertical gap v = separation of the depth intervals, gap = sqrt(h^2 + v^2), and a conflict is gap = 0 or gap below the required clearance. Only obstacles present in some year of Year .. Year + Lifetime - 1 count (valid_from, valid_to inclusive): a gas pipe that leaves before Year frees its space.

Method: per cross-section and obstacle the blocked offsets are computed in closed form (where the cross-section comes within the conflict reach of each straight piece of a cable, a tree or a polygon edge; polygons also block their inside); the free offsets are the public space minus their union (interval arithmetic, no sampling).

Profile: a CSV (default rules/ordeningsprofiel.csv) with per utility type its lateral zone, as offsets from the axis or from the property line (reference axis or property_line, side left, right or both, offset_from_m, offset_to_m) and the depth range of its top (depth_from_m, depth_to_m), in the manner of NEN 7171-1:2024. The bundled values are indicative examples with their source in the file: replace them with your municipality's ordeningsprofiel.

Slots: one point on the axis per station. offset_m is the best position of the new utility's centre: inside its profile zone (the middle of the free part of the zone), else the free position closest to the zone (zone_distance_m, empty inside the zone), else the centre of the widest free interval; where several are equally good (a zone on both sides of the street), the one that keeps the stations in line (least sideways movement along the street). free_from_m / free_to_m: the free interval holding it; margin_m: how far it can move before it conflicts; free_intervals: all free intervals. Empty where nothing fits.

Bottlenecks: the stretches of the axis where nothing fits (from half a step before the first to half a step after the last such station), with what blocks there (layer:id (type)).

Profile check: existing cables and pipes running along the street (within 30 degrees of the axis) that lie outside their profile zone or depth range: which, where (stations, offsets) and by how much (m).

Suggested trace: lines through the slots of consecutive fitting stations, with depth_m, width_m, height_m, utility_type, valid_from and valid_to, ready for the 4D reservation check (which also checks the stretches between the stations).

Drawings (optional folder): a cross-section PNG at every bottleneck (its middle station, at most 25) and at the Drawing stations (m along each axis feature).

Defaults: New width 0.8 m, a twin pipe with casing (heat networks need about 0.6-1.0 m); New depth 0.8 m, the heat network's row in the Defaults table (0.6-1.0 m in practice); Lifetime 60 years (a heat network lies about 60 years), as in the 4D reservation check; Half width 6 m (a 12 m street profile); Step 5 m. The sources of the tables' values are in their source columns. Inputs are never changed.</source>
            <translation>Zoekt waar in het dwarsprofiel van de straat een nieuwe leiding (standaard een warmtenet) past tussen de kabels, leidingen, bomen en gereserveerde ruimte, met de afstanden van de reserveringstoets, in een gegeven jaar; toetst de bestaande leidingen aan het standaard straatprofiel (ordeningsprofiel) en stelt een tracé voor.

Straatas: de as van de straat (lijnen). Elke Stap m langs de as (en aan het eind) wordt loodrecht op de as een dwarsprofiel gesneden, Halve breedte m aan weerszijden. Afstanden worden daarlangs gemeten, positief links van de richting van de as. Een veld met de straatbreedte (m) bij de as geeft de halve breedte per straat. Openbare ruimte (optionele vlakken, bijv. BGT wegdeel en voetpad): alleen de delen van het dwarsprofiel daarbinnen mogen de nieuwe leiding bevatten; de randen van het deel rond de as zijn de erfgrenzen. Zonder die laag liggen de erfgrenzen op +/- Halve breedte.

Nieuwe leiding: een omhullende van Breedte m breed (standaard 0,8: een twin-leiding met mantel), van Diepte (dekking, m onder maaiveld) tot Diepte + Hoogte, van het type Type. Zij moet binnen de openbare ruimte liggen.

Obstakels, standaardwaarden en afstanden worden precies zo gelezen als de 4D-reserveringstoets ze leest (dezelfde velden, dezelfde standaarddiepten, dezelfde afstandentabel), dus geldt haar regel: horizontale afstand h = afstand - halve breedten, verticale afstand v = tussenruimte van de diepte-intervallen, afstand = sqrt(h^2 + v^2), en een conflict is afstand 0 of een afstand kleiner dan de vereiste afstand. Alleen obstakels die bestaan in een van de jaren Jaar .. Jaar + Levensduur - 1 tellen mee (valid_from, valid_to inclusief): een gasleiding die voor Jaar verdwijnt, maakt haar ruimte vrij.

Methode: per dwarsprofiel en obstakel worden de geblokkeerde afstanden exact berekend (waar het dwarsprofiel binnen het conflictbereik komt van elk recht stuk van een kabel, een boom of een rand van een vlak; vlakken blokkeren ook hun binnenkant); de vrije afstanden zijn de openbare ruimte min hun vereniging (intervalrekenen, geen steekproef).

Profiel: een CSV (standaard rules/ordeningsprofiel.csv) met per leidingtype de zone in de breedte, als afstanden vanaf de as of vanaf de erfgrens (reference axis of property_line, side left, right of both, offset_from_m, offset_to_m) en het dieptebereik van de bovenkant (depth_from_m, depth_to_m), op de manier van NEN 7171-1:2024. De meegeleverde waarden zijn indicatieve voorbeelden met hun bron in het bestand: vervang ze door het ordeningsprofiel van uw gemeente.

Plekken: een punt op de as per station. offset_m is de beste positie van het hart van de nieuwe leiding: binnen de eigen profielzone (het midden van het vrije deel van de zone), anders de vrije positie het dichtst bij de zone (zone_distance_m, leeg binnen de zone), anders het midden van het breedste vrije interval; waar meerdere even goed zijn (een zone aan beide kanten van de straat) die welke de stations op een lijn houdt (zo min mogelijk zijwaartse verplaatsing langs de straat). free_from_m / free_to_m: het vrije interval waarin zij ligt; margin_m: hoe ver zij kan verschuiven voordat zij conflicteert; free_intervals: alle vrije intervallen. Leeg waar niets past.

Knelpunten: de stukken van de as waar niets past (van een halve stap voor het eerste tot een halve stap na het laatste zulke station), met wat daar blokkeert (laag:id (type)).

Profieltoets: bestaande kabels en leidingen die langs de straat lopen (binnen 30 graden van de as) en buiten hun profielzone of dieptebereik liggen: welke, waar (stations, afstanden) en hoeveel (m).

Voorgesteld tracé: lijnen door de plekken van opeenvolgende stations waar het past, met depth_m, width_m, height_m, utility_type, valid_from en valid_to, klaar voor de 4D-reserveringstoets (die ook de stukken tussen de stations toetst).

Tekeningen (optionele map): een PNG van het dwarsprofiel bij elk knelpunt (het middelste station, hoogstens 25) en bij de Stations voor tekeningen (m langs elke straatas).

Standaardwaarden: Breedte 0,8 m, een twin-leiding met mantel (warmtenetten hebben ongeveer 0,6-1,0 m nodig); Diepte 0,8 m, de rij voor warmte in de tabel met standaardwaarden (0,6-1,0 m in de praktijk); Levensduur 60 jaar (een warmtenet ligt ongeveer 60 jaar), zoals in de 4D-reserveringstoets; Halve breedte 6 m (een straatprofiel van 12 m); Stap 5 m. De bronnen van de waarden in de tabellen staan in hun kolom source. Invoer wordt nooit gewijzigd.</translation>
        </message>
        <message>
            <location filename="../algorithms/streetprofile.py" />
            <source>Street axis (lines)</source>
            <translation>Straatas (lijnen)</translation>
        </message>
        <message>
            <location filename="../algorithms/streetprofile.py" />
            <source>Half width: how far the cross-section reaches either side of the axis (m)</source>
            <translation>Halve breedte: hoe ver het dwarsprofiel aan weerszijden van de as reikt (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/streetprofile.py" />
            <source>Public space (polygons, e.g. BGT wegdeel and voetpad; optional)</source>
            <translation>Openbare ruimte (vlakken, bijv. BGT wegdeel en voetpad; optioneel)</translation>
        </message>
        <message>
            <location filename="../algorithms/streetprofile.py" />
            <source>Utility type of the new utility (IMKL thema code, for the clearances)</source>
            <translation>Type van de nieuwe leiding (IMKL-themacode, voor de afstanden)</translation>
        </message>
        <message>
            <location filename="../algorithms/streetprofile.py" />
            <source>New utility width (m)</source>
            <translation>Breedte nieuwe leiding (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/streetprofile.py" />
            <source>New utility depth: top of the envelope (cover, m below ground level)</source>
            <translation>Diepte nieuwe leiding: bovenkant van de omhullende (dekking, m onder maaiveld)</translation>
        </message>
        <message>
            <location filename="../algorithms/streetprofile.py" />
            <source>New utility height (m)</source>
            <translation>Hoogte nieuwe leiding (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/streetprofile.py" />
            <source>Street profile table (CSV: utility_type, reference, side, offset_from_m, offset_to_m, depth_from_m, depth_to_m)</source>
            <translation>Tabel straatprofiel (CSV: utility_type, reference, side, offset_from_m, offset_to_m, depth_from_m, depth_to_m)</translation>
        </message>
        <message>
            <location filename="../algorithms/streetprofile.py" />
            <source>Year (the situation of that year)</source>
            <translation>Jaar (de situatie in dat jaar)</translation>
        </message>
        <message>
            <location filename="../algorithms/streetprofile.py" />
            <source>Lifetime of the new utility (years; obstacles present in any of them count)</source>
            <translation>Levensduur van de nieuwe leiding (jaren; obstakels die in een van die jaren bestaan tellen mee)</translation>
        </message>
        <message>
            <location filename="../algorithms/streetprofile.py" />
            <source>Step between stations along the axis (m)</source>
            <translation>Stap tussen de stations langs de as (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/streetprofile.py" />
            <source>Drawing stations (m along the axis, separated by ';')</source>
            <translation>Stations voor tekeningen (m langs de as, gescheiden door ';')</translation>
        </message>
        <message>
            <location filename="../algorithms/streetprofile.py" />
            <source>Slots per station</source>
            <translation>Plekken per station</translation>
        </message>
        <message>
            <location filename="../algorithms/streetprofile.py" />
            <source>Bottlenecks</source>
            <translation>Knelpunten</translation>
        </message>
        <message>
            <location filename="../algorithms/streetprofile.py" />
            <source>Utilities outside the profile</source>
            <translation>Leidingen buiten het profiel</translation>
        </message>
        <message>
            <location filename="../algorithms/streetprofile.py" />
            <source>Suggested trace</source>
            <translation>Voorgesteld tracé</translation>
        </message>
        <message>
            <location filename="../algorithms/streetprofile.py" />
            <source>Cross-section drawings (folder)</source>
            <translation>Dwarsprofieltekeningen (map)</translation>
        </message>
        <message>
            <location filename="../algorithms/streetprofile.py" />
            <source>Number of stations</source>
            <translation>Aantal stations</translation>
        </message>
        <message>
            <location filename="../algorithms/streetprofile.py" />
            <source>Number of stations where the new utility fits</source>
            <translation>Aantal stations waar de nieuwe leiding past</translation>
        </message>
        <message>
            <location filename="../algorithms/streetprofile.py" />
            <source>Number of bottlenecks</source>
            <translation>Aantal knelpunten</translation>
        </message>
        <message>
            <location filename="../algorithms/streetprofile.py" />
            <source>Number of utility stretches outside the profile</source>
            <translation>Aantal leidingstukken buiten het profiel</translation>
        </message>
        <message>
            <location filename="../algorithms/streetprofile.py" />
            <source>Number of drawings</source>
            <translation>Aantal tekeningen</translation>
        </message>
        <message>
            <location filename="../algorithms/streetprofile.py" />
            <source>The axis layer {layer} has no line geometry: draw the street axis as lines.</source>
            <translation>De laag met de straatas {layer} heeft geen lijngeometrie: teken de straatas als lijnen.</translation>
        </message>
        <message>
            <location filename="../algorithms/streetprofile.py" />
            <source>Street width field of the axis (m, the whole width: half of it either side; empty values use Half width)</source>
            <translation>Veld met de straatbreedte bij de as (m, de hele breedte: de helft aan weerszijden; lege waarden gebruiken de halve breedte)</translation>
        </message>
        <message>
            <location filename="../algorithms/streetprofile.py" />
            <source>{n} obstacle(s) near {a} axis feature(s).</source>
            <translation>{n} obstakel(s) bij {a} straatas(sen).</translation>
        </message>
        <message>
            <location filename="../algorithms/streetprofile.py" />
            <source>{year}: the new {type} fits at {fits} of {n} stations ({inzone} inside its profile zone); {necks} bottleneck(s); {violations} stretch(es) of existing utilities outside the profile; {traces} suggested trace line(s).</source>
            <translation>{year}: de nieuwe {type} past bij {fits} van de {n} stations ({inzone} binnen de eigen profielzone); {necks} knelpunt(en); {violations} stuk(ken) bestaande leiding buiten het profiel; {traces} voorgestelde tracélijn(en).</translation>
        </message>
        <message>
            <location filename="../algorithms/streetprofile.py" />
            <source>Axis {axis}, station {station:.1f} m, {year}</source>
            <translation>As {axis}, station {station:.1f} m, {year}</translation>
        </message>
        <message>
            <location filename="../algorithms/streetprofile.py" />
            <source>New {type}: {width} m wide, {top}-{bottom} m deep; free for its centre: {free}</source>
            <translation>Nieuw {type}: {width} m breed, {top}-{bottom} m diep; vrij voor het hart: {free}</translation>
        </message>
        <message>
            <location filename="../algorithms/streetprofile.py" />
            <source>{n} cross-section drawing(s) written to {folder}</source>
            <translation>{n} dwarsprofieltekening(en) geschreven naar {folder}</translation>
        </message>
        <message>
            <location filename="../algorithms/streetprofile.py" />
            <source>The new utility ({width} m wide) does not fit in a cross-section of 2 x {half} m: make Half width larger.</source>
            <translation>De nieuwe leiding ({width} m breed) past niet in een dwarsprofiel van 2 x {half} m: maak de halve breedte groter.</translation>
        </message>
        <message>
            <location filename="../algorithms/streetprofile.py" />
            <source>The axis layer {layer} has no features with a geometry: nothing to do.</source>
            <translation>De laag met de straatas {layer} heeft geen objecten met een geometrie: er is niets te doen.</translation>
        </message>
        <message>
            <location filename="../algorithms/streetprofile.py" />
            <source>The axis layer {layer} has no line of non-zero length.</source>
            <translation>De laag met de straatas {layer} heeft geen lijn met een lengte groter dan nul.</translation>
        </message>
        <message>
            <location filename="../algorithms/streetprofile.py" />
            <source>Axis feature {fid}: the street ({width} m wide) is not wider than the new utility ({new} m).</source>
            <translation>Straatas {fid}: de straat ({width} m breed) is niet breder dan de nieuwe leiding ({new} m).</translation>
        </message>
        <message>
            <location filename="../algorithms/streetprofile.py" />
            <source>The public space layer {layer} has no polygons: leave it empty to use Half width.</source>
            <translation>De laag openbare ruimte {layer} heeft geen vlakken: laat haar leeg om de halve breedte te gebruiken.</translation>
        </message>
        <message>
            <location filename="../algorithms/streetprofile.py" />
            <source>The profile table has no zone for '{type}': slots are the centres of the widest free intervals.</source>
            <translation>De profieltabel heeft geen zone voor '{type}': de plekken zijn de middens van de breedste vrije intervallen.</translation>
        </message>
        <message>
            <location filename="../algorithms/streetprofile.py" />
            <source>{n} bottlenecks: drawings of the first {m} only.</source>
            <translation>{n} knelpunten: alleen tekeningen van de eerste {m}.</translation>
        </message>
        <message>
            <location filename="../algorithms/streetprofile.py" />
            <source>Drawing stations: {value} is not a distance along the axis (m, 0 or more).</source>
            <translation>Stations voor tekeningen: {value} is geen afstand langs de as (m, 0 of meer).</translation>
        </message>
        <message>
            <location filename="../algorithms/streetprofile.py" />
            <source>{name} is not a number.</source>
            <translation>{name} is geen getal.</translation>
        </message>
        <message>
            <location filename="../algorithms/streetprofile.py" />
            <source>Drawing stations: '{value}' is not a number of metres along the axis; separate stations with ';'.</source>
            <translation>Stations voor tekeningen: '{value}' is geen aantal meters langs de as; scheid stations met ';'.</translation>
        </message>
        <message>
            <location filename="../algorithms/streetprofile.py" />
            <source>New depth {depth} m lies outside the profile's depth range {low}-{high} m for '{type}'.</source>
            <translation>De nieuwe diepte {depth} m ligt buiten het dieptebereik {low}-{high} m van het profiel voor '{type}'.</translation>
        </message>
        <message>
            <location filename="../algorithms/validation.py" />
            <source>{layer} has no field '{name}'{what}; {hint}</source>
            <translation>{layer} heeft geen veld '{name}'{what}; {hint}</translation>
        </message>
        <message>
            <location filename="../algorithms/validation.py" />
            <source>{what}: the value is {value}; give a finite number.</source>
            <translation>{what}: de waarde is {value}; geef een eindig getal.</translation>
        </message>
        <message>
            <location filename="../algorithms/validation.py" />
            <source>{what}: the value is {value}; it must be at least {low}.</source>
            <translation>{what}: de waarde is {value}; die moet minstens {low} zijn.</translation>
        </message>
        <message>
            <location filename="../algorithms/validation.py" />
            <source>{what}: the value is {value}; it must be at most {high}.</source>
            <translation>{what}: de waarde is {value}; die mag hoogstens {high} zijn.</translation>
        </message>
        <message>
            <location filename="../algorithms/validation.py" />
            <source> ({what})</source>
            <translation> ({what})</translation>
        </message>
        <message>
            <location filename="../algorithms/validation.py" />
            <source>it has '{closest}': a shapefile keeps only 10 characters of a field name. Choose '{closest}' as the field, or rename it.</source>
            <translation>wel '{closest}': een shapefile bewaart maar 10 tekens van een veldnaam. Kies '{closest}' als veld, of hernoem het.</translation>
        </message>
        <message>
            <location filename="../algorithms/validation.py" />
            <source>{what} is {value}; give a finite number.</source>
            <translation>{what} is {value}; geef een eindig getal.</translation>
        </message>
        <message>
            <location filename="../algorithms/validation.py" />
            <source>did you mean '{closest}'? Choose the field the layer has, or rename it.</source>
            <translation>bedoelt u '{closest}'? Kies het veld dat de laag heeft, of hernoem het.</translation>
        </message>
        <message>
            <location filename="../algorithms/validation.py" />
            <source>its fields are: {names}. Choose one of them, or leave the parameter empty.</source>
            <translation>de velden zijn: {names}. Kies daaruit, of laat de parameter leeg.</translation>
        </message>
        <message>
            <location filename="../algorithms/validation.py" />
            <source>No input layer has the field '{name}' ({what}); every feature uses the fallback the parameter describes.</source>
            <translation>Geen invoerlaag heeft het veld '{name}' ({what}); elk object krijgt de terugvalwaarde die bij de parameter staat.</translation>
        </message>
        <message>
            <location filename="../algorithms/validation.py" />
            <source>{what}: the extent ({xmin}, {ymin} - {xmax}, {ymax}) is not finite; check the layer's CRS or draw the extent again.</source>
            <translation>{what}: de extent ({xmin}, {ymin} - {xmax}, {ymax}) is niet eindig; controleer het CRS van de laag of teken de extent opnieuw.</translation>
        </message>
        <message>
            <location filename="../algorithms/validation.py" />
            <source>{what}: the extent ({xmin}, {ymin} - {xmax}, {ymax}) has no area; draw or choose a larger one, or leave it empty.</source>
            <translation>{what}: de extent ({xmin}, {ymin} - {xmax}, {ymax}) heeft geen oppervlakte; teken of kies een grotere, of laat hem leeg.</translation>
        </message>
        <message>
            <location filename="../algorithms/validation.py" />
            <source>{what}: {path} is an existing folder, not a file; choose a file name.</source>
            <translation>{what}: {path} is een bestaande map, geen bestand; kies een bestandsnaam.</translation>
        </message>
        <message>
            <location filename="../algorithms/validation.py" />
            <source>{what}: '{value}' is not a number.</source>
            <translation>{what}: '{value}' is geen getal.</translation>
        </message>
        <message>
            <location filename="../algorithms/validation.py" />
            <source>(none)</source>
            <translation>(geen)</translation>
        </message>
        <message>
            <location filename="../algorithms/validation.py" />
            <source>{layer}: {first} and {second} lie at the same location ({x:.2f}, {y:.2f}); merge them into one feature (add up the rates) or move one to its real location.</source>
            <translation>{layer}: {first} en {second} liggen op dezelfde plek ({x:.2f}, {y:.2f}); voeg ze samen tot één object (tel de debieten op) of verplaats er één naar de echte plek.</translation>
        </message>
        <message>
            <location filename="../core/bodemenergie.py" />
            <source>always</source>
            <translation>altijd</translation>
        </message>
        <message>
            <location filename="../core/bodemenergie.py" />
            <source>the mean thermal radius</source>
            <translation>de gemiddelde thermische straal</translation>
        </message>
        <message>
            <location filename="../core/bodemenergie.py" />
            <source>the larger thermal radius</source>
            <translation>de grootste thermische straal</translation>
        </message>
        <message>
            <location filename="../core/bodemenergie.py" />
            <source>the sum of the thermal radii</source>
            <translation>de som van de thermische stralen</translation>
        </message>
        <message>
            <location filename="../core/bodemenergie.py" />
            <source>{factor:g} x {how}</source>
            <translation>{factor:g} x {how}</translation>
        </message>
        <message>
            <location filename="../core/bodemenergie.py" />
            <source>Every well needs a volume larger than 0 m3.</source>
            <translation>Elke bron heeft een volume groter dan 0 m3 nodig.</translation>
        </message>
        <message>
            <location filename="../core/bodemenergie.py" />
            <source>Every well needs a screen with top &gt;= 0 and bottom below the top (m below ground level).</source>
            <translation>Elke bron heeft een filter nodig met bovenkant &gt;= 0 en onderkant onder de bovenkant (m -mv).</translation>
        </message>
        <message>
            <location filename="../core/bodemenergie.py" />
            <source>Every well needs a well type 'warm' or 'koud'.</source>
            <translation>Elke bron heeft brontype 'warm' of 'koud' nodig.</translation>
        </message>
        <message>
            <location filename="../core/bodemenergie.py" />
            <source>Every closed loop needs a yearly energy larger than 0 MWh.</source>
            <translation>Elke gesloten lus heeft een jaarlijkse energie groter dan 0 MWh nodig.</translation>
        </message>
        <message>
            <location filename="../core/bodemenergie.py" />
            <source>Every closed loop needs a depth (loop length) larger than 0 m.</source>
            <translation>Elke gesloten lus heeft een diepte (luslengte) groter dan 0 m nodig.</translation>
        </message>
        <message>
            <location filename="../core/bodemenergie.py" />
            <source>{type_a} of {sys_a} and {type_b} of {sys_b} are {d:.0f} m apart; {rule} = {req:.0f} m required ({pair}, {relation}, {temperature})</source>
            <translation>{type_a} van {sys_a} en {type_b} van {sys_b} staan {d:.0f} m uit elkaar; {rule} = {req:.0f} m vereist ({pair}, {relation}, {temperature})</translation>
        </message>
        <message>
            <location filename="../core/bodemenergie.py" />
            <source>depths {ta:g}-{ba:g} m and {tb:g}-{bb:g} m</source>
            <translation>diepten {ta:g}-{ba:g} m en {tb:g}-{bb:g} m</translation>
        </message>
        <message>
            <location filename="../core/bodemenergie.py" />
            <source>Table {file} has no row with quantity 'delta_t': the temperature change (K) that bounds the influence area of a closed loop.</source>
            <translation>Tabel {file} heeft geen rij met quantity 'delta_t': de temperatuurverandering (K) die het invloedsgebied van een gesloten lus begrenst.</translation>
        </message>
        <message>
            <location filename="../core/bodemenergie.py" />
            <source>no interference: the {depths} do not overlap</source>
            <translation>geen interferentie: de {depths} overlappen niet</translation>
        </message>
        <message>
            <location filename="../core/bodemenergie.py" />
            <location filename="../core/tables.py" />
            <source>Table {file}, row {row}, column '{column}': '{value}' is not one of {allowed}.</source>
            <translation>Tabel {file}, rij {row}, kolom '{column}': '{value}' is niet een van {allowed}.</translation>
        </message>
        <message>
            <location filename="../core/bodemenergie.py" />
            <source>Table {file}, row {row}, column 'value': {value} must be a number of 0 or more.</source>
            <translation>Tabel {file}, rij {row}, kolom 'value': {value} moet een getal van 0 of meer zijn.</translation>
        </message>
        <message>
            <location filename="../core/bodemenergie.py" />
            <source>Table {file}, row {row}, column 'combine': '{value}' is not one of {allowed}.</source>
            <translation>Tabel {file}, rij {row}, kolom 'combine': '{value}' is niet een van {allowed}.</translation>
        </message>
        <message>
            <location filename="../core/bodemenergie.py" />
            <source>Table {file}, row {row}: a distance rule for {pair}, {relation}, {temperature} already exists in row {first}.</source>
            <translation>Tabel {file}, rij {row}: een afstandsregel voor {pair}, {relation}, {temperature} staat al in rij {first}.</translation>
        </message>
        <message>
            <location filename="../core/bodemenergie.py" />
            <source>no interference: not at the same time ({pa} and {pb})</source>
            <translation>geen interferentie: niet tegelijk ({pa} en {pb})</translation>
        </message>
        <message>
            <location filename="../core/bodemenergie.py" />
            <source>{verdict}: {depths} overlap {m:g} m{note}</source>
            <translation>{verdict}: {depths} overlappen {m:g} m{note}</translation>
        </message>
        <message>
            <location filename="../core/bodemenergie.py" />
            <source>Table {file}, row {row}: the temperature change delta_t must be larger than 0 K.</source>
            <translation>Tabel {file}, rij {row}: de temperatuurverandering delta_t moet groter zijn dan 0 K.</translation>
        </message>
        <message>
            <location filename="../core/canonical.py" />
            <source>{what}: '{value}' is not a year or a date (use 2030, 2030-05-01 or 01-05-2030)</source>
            <translation>{what}: '{value}' is geen jaartal of datum (gebruik 2030, 2030-05-01 of 01-05-2030)</translation>
        </message>
        <message>
            <location filename="../core/canonical.py" />
            <source>{what}: '{value}' is not a finite number</source>
            <translation>{what}: '{value}' is geen eindig getal</translation>
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
            <location filename="../core/canonical.py" />
            <source>{what}: '{value}' is not a real date (month {month}, day {day}); use 2030, 2030-05-01 or 01-05-2030</source>
            <translation>{what}: '{value}' is geen bestaande datum (maand {month}, dag {day}); gebruik 2030, 2030-05-01 of 01-05-2030</translation>
        </message>
        <message>
            <location filename="../core/claims.py" />
            <source>Depth window</source>
            <translation>Dieptevenster</translation>
        </message>
        <message>
            <location filename="../core/claims.py" />
            <source>effect radius (m)</source>
            <translation>effectstraal (m)</translation>
        </message>
        <message>
            <location filename="../core/claims.py" />
            <source>There are no features to stack: no layer has features that pass the depth and year filters, and no extent was given.</source>
            <translation>Er zijn geen objecten om te stapelen: geen laag heeft objecten binnen het dieptevenster en het jaar, en er is geen gebied opgegeven.</translation>
        </message>
        <message>
            <location filename="../core/claims.py" />
            <source>Depth window: top {top} m and bottom {bottom} m leave no depth range; choose a bottom below the top.</source>
            <translation>Dieptevenster: bovenkant {top} m en onderkant {bottom} m laten geen dieptebereik over; kies een onderkant onder de bovenkant.</translation>
        </message>
        <message>
            <location filename="../core/claims.py" />
            <source>feature {i}</source>
            <translation>object {i}</translation>
        </message>
        <message>
            <location filename="../core/claims.py" />
            <source>{label}: the {what} is {value}; it must be a number of 0 or more. Correct the feature or leave it out.</source>
            <translation>{label}: de waarde voor {what} is {value}; dat moet een getal van 0 of meer zijn. Verbeter het object of laat het weg.</translation>
        </message>
        <message>
            <location filename="../core/crosssection.py" />
            <source>The section line has several separate parts; draw it as one connected line.</source>
            <translation>De doorsnedelijn bestaat uit losse delen; teken haar als één aaneengesloten lijn.</translation>
        </message>
        <message>
            <location filename="../core/crosssection.py" />
            <source>The section line has no length; draw a line of at least two distinct points.</source>
            <translation>De doorsnedelijn heeft geen lengte; teken een lijn van ten minste twee verschillende punten.</translation>
        </message>
        <message>
            <location filename="../core/crosssection.py" />
            <source>The buffer must be a finite distance of 0 m or more.</source>
            <translation>De buffer moet een eindige afstand van 0 m of meer zijn.</translation>
        </message>
        <message>
            <location filename="../core/crosssection.py" />
            <source>The maximum depth must be a finite depth greater than 0 m.</source>
            <translation>De maximale diepte moet een eindige diepte groter dan 0 m zijn.</translation>
        </message>
        <message>
            <location filename="../core/crosssection.py" />
            <source>The section layer has {n} line features; a cross-section needs exactly one. Select one line and tick 'Selected features only', or draw a single line.</source>
            <translation>De doorsnedelaag heeft {n} lijnobjecten; een dwarsdoorsnede heeft er precies één nodig. Selecteer één lijn en vink 'Alleen geselecteerde objecten' aan, of teken één lijn.</translation>
        </message>
        <message>
            <location filename="../core/cumulation.py" />
            <source>Unknown mode {mode}</source>
            <translation>Onbekende waarde per cel {mode}</translation>
        </message>
        <message>
            <location filename="../core/cumulation.py" />
            <source>Unknown decay {decay}</source>
            <translation>Onbekende afname {decay}</translation>
        </message>
        <message>
            <location filename="../core/esdl.py" />
            <source>{file}: the XML contains a DOCTYPE declaration (entities); ESDL files never do, so it is refused as unsafe</source>
            <translation>{file}: de XML bevat een DOCTYPE-declaratie (entiteiten); ESDL-bestanden hebben die nooit, dus het bestand wordt als onveilig geweigerd</translation>
        </message>
        <message>
            <location filename="../core/esdl.py" />
            <location filename="../core/klic.py" />
            <source>{file}: no XML root element</source>
            <translation>{file}: geen XML-hoofdelement</translation>
        </message>
        <message>
            <location filename="../core/esdl.py" />
            <source>{file}: larger than {limit} MB; refused</source>
            <translation>{file}: groter dan {limit} MB; geweigerd</translation>
        </message>
        <message>
            <location filename="../core/esdl.py" />
            <source>{file}: the root element is '{root}', not an esdl:EnergySystem; is this an ESDL file?</source>
            <translation>{file}: het hoofdelement is '{root}', geen esdl:EnergySystem; is dit een ESDL-bestand?</translation>
        </message>
        <message>
            <location filename="../core/esdl.py" />
            <source>pipe without a line geometry</source>
            <translation>leiding zonder lijngeometrie</translation>
        </message>
        <message>
            <location filename="../core/esdl.py" />
            <source>{file}: the ESDL holds no pipe with a line geometry (esdl:Pipe); there is no trace to import</source>
            <translation>{file}: het ESDL-bestand bevat geen leiding met een lijngeometrie (esdl:Pipe); er is geen tracé om in te lezen</translation>
        </message>
        <message>
            <location filename="../core/esdl.py" />
            <location filename="../core/klic.py" />
            <location filename="../core/legalzones.py" />
            <source>{file}: does not exist</source>
            <translation>{file}: bestaat niet</translation>
        </message>
        <message>
            <location filename="../core/esdl.py" />
            <location filename="../core/klic.py" />
            <location filename="../core/legalzones.py" />
            <location filename="../core/xmlsafe.py" />
            <source>{file}: malformed XML at line {line}, column {column}: {error}</source>
            <translation>{file}: ongeldige XML op regel {line}, kolom {column}: {error}</translation>
        </message>
        <message>
            <location filename="../core/esdl.py" />
            <source>{type} without a point geometry</source>
            <translation>{type} zonder puntgeometrie</translation>
        </message>
        <message>
            <location filename="../core/grid.py" />
            <source>The cell size must be larger than 0 m (got {cell}).</source>
            <translation>De celgrootte moet groter zijn dan 0 m (opgegeven: {cell}).</translation>
        </message>
        <message>
            <location filename="../core/grid.py" />
            <source>The extent ({xmin}, {ymin} - {xmax}, {ymax}) is not finite; check the CRS of the input layers.</source>
            <translation>De extent ({xmin}, {ymin} - {xmax}, {ymax}) is niet eindig; controleer het CRS van de invoerlagen.</translation>
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
            <location filename="../core/groundlevel.py" />
            <source>{n} feature(s) have their top above ground level: top set to 0 m</source>
            <translation>{n} object(en) hebben hun bovenkant boven maaiveld: bovenkant op 0 m gezet</translation>
        </message>
        <message>
            <location filename="../core/groundlevel.py" />
            <source>{n} feature(s) lie entirely above ground level: top and bottom set to 0 m (they overlap no depth range)</source>
            <translation>{n} object(en) liggen geheel boven maaiveld: boven- en onderkant op 0 m gezet (ze overlappen geen dieptebereik)</translation>
        </message>
        <message>
            <location filename="../core/groundlevel.py" />
            <source>{n} feature(s) have their top (m NAP) below their bottom: depths kept as computed, the suitability and cumulation algorithms skip them; check the fields</source>
            <translation>{n} object(en) hebben hun bovenkant (m NAP) onder hun onderkant: diepten blijven zoals berekend, de geschiktheids- en stapelingsalgoritmen slaan ze over; controleer de velden</translation>
        </message>
        <message>
            <location filename="../core/hotspots.py" />
            <source>The hotspot threshold must be larger than 0 (got {threshold}): every cell is at least 0, so the whole extent would be one hotspot.</source>
            <translation>De drempel voor brandpunten moet groter zijn dan 0 (opgegeven: {threshold}): elke cel is minstens 0, dus het hele gebied zou één brandpunt worden.</translation>
        </message>
        <message>
            <location filename="../core/klic.py" />
            <source>administrative or map annotation, not needed for the analysis</source>
            <translation>administratief of kaartannotatie, niet nodig voor de analyse</translation>
        </message>
        <message>
            <location filename="../core/klic.py" />
            <source>duplicate of an object already read from another delivery</source>
            <translation>dubbel: hetzelfde object is al uit een andere levering gelezen</translation>
        </message>
        <message>
            <location filename="../core/klic.py" />
            <source>no usable geometry</source>
            <translation>geen bruikbare geometrie</translation>
        </message>
        <message>
            <location filename="../core/klic.py" />
            <source>none of its utility links is in the delivery</source>
            <translation>geen van de bijbehorende lijngeometrieën (UtilityLink) zit in de levering</translation>
        </message>
        <message>
            <location filename="../core/klic.py" />
            <source>no cable or pipe of its network within the depth tolerance</source>
            <translation>geen kabel of leiding van hetzelfde net binnen de zoekafstand voor diepte</translation>
        </message>
        <message>
            <location filename="../core/klic.py" />
            <source>no depth value</source>
            <translation>geen dieptewaarde</translation>
        </message>
        <message>
            <location filename="../core/klic.py" />
            <source>feature type not known to this importer</source>
            <translation>objecttype onbekend voor deze import</translation>
        </message>
        <message>
            <location filename="../core/klic.py" />
            <source>{file}: the XML contains a DOCTYPE declaration (entities); KLIC deliveries never do, so it is refused as unsafe</source>
            <translation>{file}: de XML bevat een DOCTYPE-declaratie (entiteiten); KLIC-leveringen hebben die nooit, dus het bestand is geweigerd als onveilig</translation>
        </message>
        <message>
            <location filename="../core/klic.py" />
            <source>a decimal comma was found; GML uses a decimal point</source>
            <translation>er staat een decimale komma; GML gebruikt een decimale punt</translation>
        </message>
        <message>
            <location filename="../core/klic.py" />
            <source>not a finite number</source>
            <translation>geen eindig getal</translation>
        </message>
        <message>
            <location filename="../core/klic.py" />
            <source>{file}: expands to {size} MB, more than the {limit} MB allowed; refused as unsafe</source>
            <translation>{file}: pakt uit tot {size} MB, meer dan de toegestane {limit} MB; geweigerd als onveilig</translation>
        </message>
        <message>
            <location filename="../core/klic.py" />
            <source>{file}: the ZIP holds no GI_gebiedsinformatielevering_*.xml; is this a KLIC delivery?</source>
            <translation>{file}: de ZIP bevat geen GI_gebiedsinformatielevering_*.xml; is dit wel een KLIC-levering?</translation>
        </message>
        <message>
            <location filename="../core/klic.py" />
            <source>coordinate list of {n} numbers does not fit dimension {dim}</source>
            <translation>coördinatenlijst van {n} getallen past niet bij dimensie {dim}</translation>
        </message>
        <message>
            <location filename="../core/klic.py" />
            <source>{file}: geometry in '{srs}'; IMKL deliveries are in RD New (EPSG:28992)</source>
            <translation>{file}: geometrie in '{srs}'; IMKL-leveringen zijn in RD New (EPSG:28992)</translation>
        </message>
        <message>
            <location filename="../core/klic.py" />
            <source>{file}: larger than {limit} MB uncompressed; refused as unsafe</source>
            <translation>{file}: groter dan {limit} MB uitgepakt; geweigerd als onveilig</translation>
        </message>
        <message>
            <location filename="../core/klic.py" />
            <source>{file}: no IMKL 1.2 or IMKL 2.0 features found; is this a GI_gebiedsinformatielevering file of a KLIC delivery?</source>
            <translation>{file}: geen IMKL 1.2- of IMKL 2.0-objecten gevonden; is dit wel het GI_gebiedsinformatielevering-bestand van een KLIC-levering?</translation>
        </message>
        <message>
            <location filename="../core/klic.py" />
            <source>{files}: the delivery holds no cables or pipes (no UtilityLink geometry); there is nothing to import</source>
            <translation>{files}: de levering bevat geen kabels of leidingen (geen UtilityLink-geometrie); er valt niets in te lezen</translation>
        </message>
        <message>
            <location filename="../core/klic.py" />
            <source>{file}: holds a single XML token (a tag, attribute value, comment or coordinate list) longer than {limit} MB near byte {at}; no KLIC delivery does, so it is refused as damaged or unsafe</source>
            <translation>{file}: bevat bij byte {at} één XML-token (een tag, attribuutwaarde, commentaar of coördinatenlijst) langer dan {limit} MB; geen KLIC-levering heeft dat, dus het bestand wordt geweigerd als beschadigd of onveilig</translation>
        </message>
        <message>
            <location filename="../core/klic.py" />
            <source>{file}: not a readable ZIP file ({error})</source>
            <translation>{file}: geen leesbaar ZIP-bestand ({error})</translation>
        </message>
        <message>
            <location filename="../core/klic.py" />
            <source>{file}: member '{member}' has an absolute path or '..' in its path; the ZIP is refused as unsafe</source>
            <translation>{file}: onderdeel '{member}' heeft een absoluut pad of '..' in het pad; de ZIP is geweigerd als onveilig</translation>
        </message>
        <message>
            <location filename="../core/klic.py" />
            <source>{file}: member '{member}' expands {ratio:.0f} times ({size} MB); the ZIP is refused as a possible zip bomb</source>
            <translation>{file}: onderdeel '{member}' pakt {ratio:.0f} keer zo groot uit ({size} MB); de ZIP is geweigerd als mogelijke zipbom</translation>
        </message>
        <message>
            <location filename="../core/klic.py" />
            <source>{file}: member '{member}' is encrypted (password protected); KLIC deliveries are not: download the delivery again from KLIC</source>
            <translation>{file}: bestand '{member}' is versleuteld (met wachtwoord); KLIC-leveringen zijn dat niet: download de levering opnieuw bij KLIC</translation>
        </message>
        <message>
            <location filename="../core/klic.py" />
            <source>{file}: member '{member}' is compressed with a method this ZIP reader does not support (method {method}); unpack the ZIP with another program and choose the folder instead</source>
            <translation>{file}: bestand '{member}' is gecomprimeerd met een methode die deze ZIP-lezer niet kent (methode {method}); pak de ZIP uit met een ander programma en kies de map</translation>
        </message>
        <message>
            <location filename="../core/klic.py" />
            <source>point {point} of the coordinate list, {axis} coordinate '{token}': {hint}</source>
            <translation>punt {point} van de coördinatenlijst, {axis}-coördinaat '{token}': {hint}</translation>
        </message>
        <message>
            <location filename="../core/klic.py" />
            <location filename="../core/legalzones.py" />
            <source>{file}: cannot be read ({error})</source>
            <translation>{file}: kan niet worden gelezen ({error})</translation>
        </message>
        <message>
            <location filename="../core/klic.py" />
            <source>{file}: feature {id}: {error}</source>
            <translation>{file}: object {id}: {error}</translation>
        </message>
        <message>
            <location filename="../core/klic.py" />
            <source>{folder}: no GI_gebiedsinformatielevering_*.xml or KLIC ZIP in this folder</source>
            <translation>{folder}: geen GI_gebiedsinformatielevering_*.xml of KLIC-ZIP in deze map</translation>
        </message>
        <message>
            <location filename="../core/klic.py" />
            <source>{file}: a damaged ZIP file (its table of contents cannot be read; the download was probably cut off). Download the delivery again.</source>
            <translation>{file}: een beschadigd ZIP-bestand (de inhoudsopgave is niet te lezen; de download is waarschijnlijk afgebroken). Download de levering opnieuw.</translation>
        </message>
        <message>
            <location filename="../core/layermodel.py" />
            <source>Table {file} gives no kind in any row; fill in the column 'kind'.</source>
            <translation>Tabel {file} geeft op geen enkele rij een soort; vul de kolom 'kind' in.</translation>
        </message>
        <message>
            <location filename="../core/layermodel.py" />
            <source>{file} has no coordinate '{name}': the layer model cannot be placed on the map (no georeferencing). The file needs x and y cell centres in RD New (EPSG:28992).</source>
            <translation>{file} heeft geen coördinaat '{name}': het ondergrondmodel kan niet op de kaart worden geplaatst (geen georeferentie). Het bestand heeft x- en y-celmiddelpunten in RD New (EPSG:28992) nodig.</translation>
        </message>
        <message>
            <location filename="../core/layermodel.py" />
            <source>{file}: the coordinate '{name}' is empty or holds missing values.</source>
            <translation>{file}: de coördinaat '{name}' is leeg of heeft ontbrekende waarden.</translation>
        </message>
        <message>
            <location filename="../core/layermodel.py" />
            <source>{file}: the cell centres in '{name}' are not evenly spaced; only regular grids can be read.</source>
            <translation>{file}: de celmiddelpunten in '{name}' liggen niet op gelijke afstand; alleen regelmatige rasters kunnen worden gelezen.</translation>
        </message>
        <message>
            <location filename="../core/layermodel.py" />
            <source>{file}: the cells are {dx} m by {dy} m; only square cells can be read.</source>
            <translation>{file}: de cellen zijn {dx} m bij {dy} m; alleen vierkante cellen kunnen worden gelezen.</translation>
        </message>
        <message>
            <location filename="../core/layermodel.py" />
            <source>{file}: the cell centres (x {x0:.0f}-{x1:.0f}, y {y0:.0f}-{y1:.0f}) do not lie in the Netherlands in RD New (EPSG:28992); the model is not georeferenced in RD New.</source>
            <translation>{file}: de celmiddelpunten (x {x0:.0f}-{x1:.0f}, y {y0:.0f}-{y1:.0f}) liggen niet in Nederland in RD New (EPSG:28992); het model is niet in RD New gegeorefereerd.</translation>
        </message>
        <message>
            <location filename="../core/layermodel.py" />
            <source>A layer has {got} cells where {want} were expected.</source>
            <translation>Een laag heeft {got} cellen waar {want} werden verwacht.</translation>
        </message>
        <message>
            <location filename="../core/layermodel.py" />
            <source>Cannot open {file} as netCDF.</source>
            <translation>Kan {file} niet als netCDF openen.</translation>
        </message>
        <message>
            <location filename="../core/layermodel.py" />
            <source>{file} is not a layer model: it needs the variables 'top' and 'bot' (or 'botm'/'bottom') in m NAP on the dimensions layer, y, x (REGIS II / nlmod), or 'strat' voxels (GeoTOP). It has: {names}.</source>
            <translation>{file} is geen ondergrondmodel: het heeft de variabelen 'top' en 'bot' (of 'botm'/'bottom') in m NAP nodig op de dimensies layer, y, x (REGIS II / nlmod), of 'strat'-voxels (GeoTOP). Het heeft: {names}.</translation>
        </message>
        <message>
            <location filename="../core/layermodel.py" />
            <source>{file}: '{variable}' must have the dimensions layer, y and x.</source>
            <translation>{file}: '{variable}' moet de dimensies layer, y en x hebben.</translation>
        </message>
        <message>
            <location filename="../core/layermodel.py" />
            <source>{file} holds no layers.</source>
            <translation>{file} bevat geen lagen.</translation>
        </message>
        <message>
            <location filename="../core/layermodel.py" />
            <source>{file}: the voxels hold no stratigraphic unit.</source>
            <translation>{file}: de voxels bevatten geen stratigrafische eenheid.</translation>
        </message>
        <message>
            <location filename="../core/layermodel.py" />
            <source>{file}: a single cell gives no cell size; the file needs more than one x or y, or a 'delr' attribute.</source>
            <translation>{file}: één cel geeft geen celgrootte; het bestand heeft meer dan één x of y nodig, of een attribuut 'delr'.</translation>
        </message>
        <message>
            <location filename="../core/layermodel.py" />
            <source>Cannot open {file} as netCDF: {error}</source>
            <translation>Kan {file} niet als netCDF openen: {error}</translation>
        </message>
        <message>
            <location filename="../core/layermodel.py" />
            <source>{file}: 'top' and '{variable}' have different numbers of layers.</source>
            <translation>{file}: 'top' en '{variable}' hebben een verschillend aantal lagen.</translation>
        </message>
        <message>
            <location filename="../core/layermodel.py" />
            <source>{file}: 'strat' has the dimension '{dim}'; expected x, y and z.</source>
            <translation>{file}: 'strat' heeft de dimensie '{dim}'; verwacht x, y en z.</translation>
        </message>
        <message>
            <location filename="../core/layermodel.py" />
            <source>{file}: cannot read the variable '{variable}' {reason}</source>
            <translation>{file}: kan de variabele '{variable}' niet lezen {reason}</translation>
        </message>
        <message>
            <location filename="../core/layermodel.py" />
            <source>{file}: variable '{variable}' has the dimension '{dim}'; expected layer, y and x.</source>
            <translation>{file}: variabele '{variable}' heeft de dimensie '{dim}'; verwacht layer, y en x.</translation>
        </message>
        <message>
            <location filename="../core/legalzones.py" />
            <source>a coordinate is not a finite number</source>
            <translation>een coördinaat is geen eindig getal</translation>
        </message>
        <message>
            <location filename="../core/legalzones.py" />
            <source>{file}: the XML contains a DOCTYPE declaration (entities); Omgevingswet publications never do, so it is refused as unsafe</source>
            <translation>{file}: de XML bevat een DOCTYPE-declaratie (entiteiten); Omgevingswet-publicaties doen dat nooit, dus wordt hij als onveilig geweigerd</translation>
        </message>
        <message>
            <location filename="../core/legalzones.py" />
            <source>{file}: no XML root element (an empty file?)</source>
            <translation>{file}: geen XML-hoofdelement (een leeg bestand?)</translation>
        </message>
        <message>
            <location filename="../core/legalzones.py" />
            <source>the curve segment {element} is not supported</source>
            <translation>het boogsegment {element} wordt niet ondersteund</translation>
        </message>
        <message>
            <location filename="../core/legalzones.py" />
            <source>the ring or curve {element} is not supported</source>
            <translation>de ring of curve {element} wordt niet ondersteund</translation>
        </message>
        <message>
            <location filename="../core/legalzones.py" />
            <source>the geometry {element} is not an area (a zone needs a polygon or surface)</source>
            <translation>de geometrie {element} is geen oppervlak (een zone heeft een vlak nodig)</translation>
        </message>
        <message>
            <location filename="../core/legalzones.py" />
            <source>{inputs}: no GML or XML file found; give the GIO GML files of a publication, its folder or its ZIP</source>
            <translation>{inputs}: geen GML- of XML-bestand gevonden; geef de GIO-GML-bestanden van een publicatie, hun map of de ZIP</translation>
        </message>
        <message>
            <location filename="../core/legalzones.py" />
            <source>a coordinate list of {n} numbers does not fit dimension {dim}</source>
            <translation>een coördinatenlijst van {n} getallen past niet bij dimensie {dim}</translation>
        </message>
        <message>
            <location filename="../core/legalzones.py" />
            <source>{element} needs one centre point and a radius</source>
            <translation>{element} heeft één middelpunt en een straal nodig</translation>
        </message>
        <message>
            <location filename="../core/legalzones.py" />
            <source>{file}: geometry in '{srs}'; only RD New (EPSG:28992) is supported. Reproject the GML first (e.g. ogr2ogr -t_srs EPSG:28992).</source>
            <translation>{file}: geometrie in '{srs}'; alleen RD New (EPSG:28992) wordt ondersteund. Projecteer de GML eerst om (bijvoorbeeld ogr2ogr -t_srs EPSG:28992).</translation>
        </message>
        <message>
            <location filename="../core/legalzones.py" />
            <source>{inputs}: no GIO (geo:GeoInformatieObjectVaststelling) found; give the GML files of an Omgevingswet publication, their folder or the ZIP</source>
            <translation>{inputs}: geen GIO (geo:GeoInformatieObjectVaststelling) gevonden; geef de GML-bestanden van een Omgevingswet-publicatie, hun map of de ZIP</translation>
        </message>
        <message>
            <location filename="../core/legalzones.py" />
            <location filename="../core/suitability.py" />
            <source>Table {file}, row {row}, column 'bottom_m': the bottom ({bottom} m) must lie deeper than the top ({top} m).</source>
            <translation>Tabel {file}, rij {row}, kolom 'bottom_m': de onderkant ({bottom} m) moet dieper liggen dan de bovenkant ({top} m).</translation>
        </message>
        <message>
            <location filename="../core/legalzones.py" />
            <source>{element} has {n} points; an arc needs 3 (an arc string 2n+1)</source>
            <translation>{element} heeft {n} punten; een boog heeft er 3 nodig (een boogreeks 2n+1)</translation>
        </message>
        <message>
            <location filename="../core/legalzones.py" />
            <source>a ring is not closed (it starts at {start} and ends at {end})</source>
            <translation>een ring is niet gesloten (hij begint in {start} en eindigt in {end})</translation>
        </message>
        <message>
            <location filename="../core/legalzones.py" />
            <source>{file}: a geometry cannot be built: {error}</source>
            <translation>{file}: een geometrie kan niet gemaakt worden: {error}</translation>
        </message>
        <message>
            <location filename="../core/legalzones.py" />
            <source>{file}: larger than {limit} MB; refused as unsafe</source>
            <translation>{file}: groter dan {limit} MB; als onveilig geweigerd</translation>
        </message>
        <message>
            <location filename="../core/legalzones.py" />
            <source>{file}: the file is empty</source>
            <translation>{file}: het bestand is leeg</translation>
        </message>
        <message>
            <location filename="../core/legalzones.py" />
            <source>Table {file}, row {row}, column 'pattern': '{pattern}' is not a valid regular expression ({error}).</source>
            <translation>Tabel {file}, rij {row}, kolom 'pattern': '{pattern}' is geen geldige reguliere expressie ({error}).</translation>
        </message>
        <message>
            <location filename="../core/legalzones.py" />
            <location filename="../core/suitability.py" />
            <source>Table {file}, row {row}, column '{column}': depths are metres below ground level and cannot be negative ({value}).</source>
            <translation>Tabel {file}, rij {row}, kolom '{column}': diepten zijn meters onder maaiveld en kunnen niet negatief zijn ({value}).</translation>
        </message>
        <message>
            <location filename="../core/legalzones.py" />
            <source>'{value}' in a coordinate list is not a number</source>
            <translation>'{value}' in een coördinatenlijst is geen getal</translation>
        </message>
        <message>
            <location filename="../core/legalzones.py" />
            <source>{file}: Locatie '{name}': {error}</source>
            <translation>{file}: Locatie '{name}': {error}</translation>
        </message>
        <message>
            <location filename="../core/location.py" />
            <source>The location is {width:.0f} m x {height:.0f} m: at cells of {cell:g} m that is {n:,} cells, more than the {max:,} a location report evaluates; choose a larger cell size (m) or a smaller location.</source>
            <translation>De locatie is {width:.0f} m x {height:.0f} m: bij cellen van {cell:g} m zijn dat {n:,} cellen, meer dan de {max:,} die een locatierapport beoordeelt; kies een grotere celgrootte (m) of een kleinere locatie.</translation>
        </message>
        <message>
            <location filename="../core/location_report.py" />
            <source>Depth below ground level (m, logarithmic)</source>
            <translation>Diepte onder maaiveld (m, logaritmisch)</translation>
        </message>
        <message>
            <location filename="../core/location_report.py" />
            <source>Present (numbers as in the table below)</source>
            <translation>Aanwezig (nummers als in de tabel hieronder)</translation>
        </message>
        <message>
            <location filename="../core/location_report.py" />
            <source>Subsurface at the location</source>
            <translation>Ondergrond op de locatie</translation>
        </message>
        <message>
            <location filename="../core/location_report.py" />
            <source>Top 5 m (m)</source>
            <translation>Bovenste 5 m (m)</translation>
        </message>
        <message>
            <location filename="../core/location_report.py" />
            <source>Cables, pipes, roots</source>
            <translation>Kabels, leidingen, wortels</translation>
        </message>
        <message>
            <location filename="../core/location_report.py" />
            <source>Evaluated at one point.</source>
            <translation>Beoordeeld in één punt.</translation>
        </message>
        <message>
            <location filename="../core/location_report.py" />
            <source>from {top:g} m down</source>
            <translation>vanaf {top:g} m diepte</translation>
        </message>
        <message>
            <location filename="../core/location_report.py" />
            <source>No bottom given</source>
            <translation>Geen onderkant opgegeven</translation>
        </message>
        <message>
            <location filename="../core/location_report.py" />
            <source>Plan: the location (orange) and what lies within {radius:g} m</source>
            <translation>Kaart: de locatie (oranje) en wat binnen {radius:g} m ligt</translation>
        </message>
        <message>
            <location filename="../core/location_report.py" />
            <location filename="../core/suitability.py" />
            <source>not used</source>
            <translation>niet gebruikt</translation>
        </message>
        <message>
            <location filename="../core/location_report.py" />
            <source>Evaluated on {n} cells of {cell:g} m inside the location; shares are shares of its area.</source>
            <translation>Beoordeeld op {n} cellen van {cell:g} m binnen de locatie; aandelen zijn aandelen van haar oppervlakte.</translation>
        </message>
        <message>
            <location filename="../core/location_report.py" />
            <source>What can go where: verdict per function and depth band</source>
            <translation>Wat kan waar: oordeel per functie en dieptelaag</translation>
        </message>
        <message>
            <location filename="../core/location_report.py" />
            <source>Preference ladder: which function goes first</source>
            <translation>Voorkeursladder: welke functie gaat voor</translation>
        </message>
        <message>
            <location filename="../core/location_report.py" />
            <source>Stapeling: claims present per depth band</source>
            <translation>Stapeling: aanwezige claims per dieptelaag</translation>
        </message>
        <message>
            <location filename="../core/location_report.py" />
            <source>Band (m)</source>
            <translation>Dieptelaag (m)</translation>
        </message>
        <message>
            <location filename="../core/location_report.py" />
            <source>Claims</source>
            <translation>Claims</translation>
        </message>
        <message>
            <location filename="../core/location_report.py" />
            <source>Different kinds</source>
            <translation>Verschillende soorten</translation>
        </message>
        <message>
            <location filename="../core/location_report.py" />
            <location filename="../core/suitability.py" />
            <source>m below ground</source>
            <translation>m onder maaiveld</translation>
        </message>
        <message>
            <location filename="../core/location_report.py" />
            <source>Why</source>
            <translation>Waarom</translation>
        </message>
        <message>
            <location filename="../core/location_report.py" />
            <source>No drinking-water protection zone at this location.</source>
            <translation>Geen drinkwaterbeschermingszone op deze locatie.</translation>
        </message>
        <message>
            <location filename="../core/location_report.py" />
            <source>Nothing.</source>
            <translation>Niets.</translation>
        </message>
        <message>
            <location filename="../core/location_report.py" />
            <source>Year: {year}.</source>
            <translation>Jaar: {year}.</translation>
        </message>
        <message>
            <location filename="../core/location_report.py" />
            <source>no function possible</source>
            <translation>geen functie mogelijk</translation>
        </message>
        <message>
            <location filename="../core/location_report.py" />
            <source>Preferred</source>
            <translation>Voorkeur</translation>
        </message>
        <message>
            <location filename="../core/location_report.py" />
            <source>Share</source>
            <translation>Aandeel</translation>
        </message>
        <message>
            <location filename="../core/location_report.py" />
            <source>Competing</source>
            <translation>Concurrerend</translation>
        </message>
        <message>
            <location filename="../core/location_report.py" />
            <source>Ladder context</source>
            <translation>Laddercontext</translation>
        </message>
        <message>
            <location filename="../core/location_report.py" />
            <source>no drilling or digging deeper than {depth:g} m without permission</source>
            <translation>niet boren of graven dieper dan {depth:g} m zonder toestemming</translation>
        </message>
        <message>
            <location filename="../core/location_report.py" />
            <source>Present at the location</source>
            <translation>Aanwezig op de locatie</translation>
        </message>
        <message>
            <location filename="../core/location_report.py" />
            <location filename="../core/reservation_report.py" />
            <source>Layer</source>
            <translation>Laag</translation>
        </message>
        <message>
            <location filename="../core/location_report.py" />
            <location filename="../core/reservation_report.py" />
            <source>Feature</source>
            <translation>Object</translation>
        </message>
        <message>
            <location filename="../core/location_report.py" />
            <source>Kind or type</source>
            <translation>Soort of type</translation>
        </message>
        <message>
            <location filename="../core/location_report.py" />
            <source>Top (m)</source>
            <translation>Bovenkant (m)</translation>
        </message>
        <message>
            <location filename="../core/location_report.py" />
            <source>Bottom (m)</source>
            <translation>Onderkant (m)</translation>
        </message>
        <message>
            <location filename="../core/location_report.py" />
            <location filename="../core/section_drawing.py" />
            <source>(assumed)</source>
            <translation>(aangenomen)</translation>
        </message>
        <message>
            <location filename="../core/preference.py" />
            <source>No ladder applies here: the ladder table has no '*' ladder and no context of it is present.</source>
            <translation>Hier geldt geen ladder: de laddertabel heeft geen ladder '*' en geen van haar contexten is aanwezig.</translation>
        </message>
        <message>
            <location filename="../core/preference.py" />
            <source>Ladder '*' (no context of the ladder table is present in this band).</source>
            <translation>Ladder '*' (geen context van de laddertabel is in deze dieptelaag aanwezig).</translation>
        </message>
        <message>
            <location filename="../core/preference.py" />
            <source>not ranked</source>
            <translation>niet gerangschikt</translation>
        </message>
        <message>
            <location filename="../core/preference.py" />
            <source>no rule applies</source>
            <translation>geen regel van toepassing</translation>
        </message>
        <message>
            <location filename="../core/preference.py" />
            <source>Table {file} ranks no function; give at least the '*' ladder.</source>
            <translation>Tabel {file} rangschikt geen enkele functie; geef ten minste de ladder '*'.</translation>
        </message>
        <message>
            <location filename="../core/preference.py" />
            <source>{function}, {rank}: {verdict} - {why}</source>
            <translation>{function}, {rank}: {verdict} - {why}</translation>
        </message>
        <message>
            <location filename="../core/preference.py" />
            <location filename="../core/suitability.py" />
            <source>Table {file}, row {row}, column 'function': '{function}' is not in the functions table ({known}).</source>
            <translation>Tabel {file}, rij {row}, kolom 'function': '{function}' staat niet in de functietabel ({known}).</translation>
        </message>
        <message>
            <location filename="../core/preference.py" />
            <source>Table {file}, row {row}, column 'rank': a rank is a whole number from 1 (first) upward, not {rank}.</source>
            <translation>Tabel {file}, rij {row}, kolom 'rank': een rang is een geheel getal vanaf 1 (eerste), niet {rank}.</translation>
        </message>
        <message>
            <location filename="../core/preference.py" />
            <source>Table {file}, row {row}, column 'rank': rank {rank} of context '{context}' is already given in row {first}.</source>
            <translation>Tabel {file}, rij {row}, kolom 'rank': rang {rank} van context '{context}' staat al in rij {first}.</translation>
        </message>
        <message>
            <location filename="../core/preference.py" />
            <source>Table {file}, row {row}, column 'function': '{function}' is already ranked for context '{context}' in row {first}.</source>
            <translation>Tabel {file}, rij {row}, kolom 'function': '{function}' is voor context '{context}' al gerangschikt in rij {first}.</translation>
        </message>
        <message>
            <location filename="../core/preference.py" />
            <source>Ladder of context '{context}'.</source>
            <translation>Ladder van context '{context}'.</translation>
        </message>
        <message>
            <location filename="../core/preference.py" />
            <source>rank {rank} ({context})</source>
            <translation>rang {rank} ({context})</translation>
        </message>
        <message>
            <location filename="../core/preference.py" />
            <source>{function}, {rank}: excluded - {why}</source>
            <translation>{function}, {rank}: uitgesloten - {why}</translation>
        </message>
        <message>
            <location filename="../core/preference.py" />
            <source>Ladder: {note}</source>
            <translation>Ladder: {note}</translation>
        </message>
        <message>
            <location filename="../core/reservation.py" />
            <source>Layer '{layer}', feature {fid}, field '{field}'</source>
            <translation>Laag '{layer}', object {fid}, veld '{field}'</translation>
        </message>
        <message>
            <location filename="../core/reservation.py" />
            <source>{where}: {value} is not a finite number; give a size in metres.</source>
            <translation>{where}: {value} is geen eindig getal; geef een maat in meters.</translation>
        </message>
        <message>
            <location filename="../core/reservation.py" />
            <source>Layer '{layer}', feature {fid}: valid_from {first:.0f} is after valid_to {last:.0f}.</source>
            <translation>Laag '{layer}', object {fid}: valid_from {first:.0f} ligt na valid_to {last:.0f}.</translation>
        </message>
        <message>
            <location filename="../core/reservation.py" />
            <location filename="../core/reservation_report.py" />
            <source>Trace {fid}</source>
            <translation>Tracé {fid}</translation>
        </message>
        <message>
            <location filename="../core/reservation.py" />
            <source>{where}: {value} is negative. Depths and sizes are metres, depth below ground level and positive downward; convert NAP heights first ({count} feature(s) affected).</source>
            <translation>{where}: {value} is negatief. Diepten en maten zijn meters, diepte onder maaiveld en positief naar beneden; reken NAP-hoogten eerst om ({count} object(en) betreft het).</translation>
        </message>
        <message>
            <location filename="../core/reservation.py" />
            <source>Layer '{layer}', feature {fid}: top_m {top} lies below bottom_m {bottom}.</source>
            <translation>Laag '{layer}', object {fid}: top_m {top} ligt dieper dan bottom_m {bottom}.</translation>
        </message>
        <message>
            <location filename="../core/reservation.py" />
            <source>{name} must be zero or more (got {value}).</source>
            <translation>{name} moet nul of meer zijn (opgegeven: {value}).</translation>
        </message>
        <message>
            <location filename="../core/reservation.py" />
            <source>Table {file}, row {row}: utility type '{type}' appears twice.</source>
            <translation>Tabel {file}, rij {row}: soort leiding '{type}' staat er twee keer in.</translation>
        </message>
        <message>
            <location filename="../core/reservation.py" />
            <source>Table {file}, row {row}, column 'clearance_m': {value} is negative.</source>
            <translation>Tabel {file}, rij {row}, kolom 'clearance_m': {value} is negatief.</translation>
        </message>
        <message>
            <location filename="../core/reservation.py" />
            <source>Table {file}, row {row}: the pair '{a}, {b}' appears twice.</source>
            <translation>Tabel {file}, rij {row}: het paar '{a}, {b}' staat er twee keer in.</translation>
        </message>
        <message>
            <location filename="../core/reservation.py" />
            <source>Table {file}, row {row}, column '{column}': {value} is negative; depths and sizes are metres (depth below ground level, positive downward).</source>
            <translation>Tabel {file}, rij {row}, kolom '{column}': {value} is negatief; diepten en maten zijn meters (diepte onder maaiveld, positief naar beneden).</translation>
        </message>
        <message>
            <location filename="../core/reservation_report.py" />
            <source>Chainage along the trace (m)</source>
            <translation>Afstand langs het tracé (m)</translation>
        </message>
        <message>
            <location filename="../core/reservation_report.py" />
            <source>Depth below ground level (m)</source>
            <translation>Diepte onder maaiveld (m)</translation>
        </message>
        <message>
            <location filename="../core/reservation_report.py" />
            <source>Year</source>
            <translation>Jaar</translation>
        </message>
        <message>
            <location filename="../core/reservation_report.py" />
            <source>x (m)</source>
            <translation>x (m)</translation>
        </message>
        <message>
            <location filename="../core/reservation_report.py" />
            <source>y (m)</source>
            <translation>y (m)</translation>
        </message>
        <message>
            <location filename="../core/reservation_report.py" />
            <source>Trace {fid}, chainage {chainage:.1f} m: {type} {fid_o} ({layer})</source>
            <translation>Tracé {fid}, stationering {chainage:.1f} m: {type} {fid_o} ({layer})</translation>
        </message>
        <message>
            <location filename="../core/reservation_report.py" />
            <source>Across the trace, looking along it (left to right); {when}</source>
            <translation>Dwars op het tracé, kijkend in zijn richting (links naar rechts); {when}</translation>
        </message>
        <message>
            <location filename="../core/reservation_report.py" />
            <source>Trace envelope</source>
            <translation>Ruimtebeslag tracé</translation>
        </message>
        <message>
            <location filename="../core/reservation_report.py" />
            <source>Clash</source>
            <translation>Botsing</translation>
        </message>
        <message>
            <location filename="../core/reservation_report.py" />
            <source>Conflict, no time overlap</source>
            <translation>Conflict, geen overlap in de tijd</translation>
        </message>
        <message>
            <location filename="../core/reservation_report.py" />
            <source>Nearby, no conflict</source>
            <translation>Dichtbij, geen conflict</translation>
        </message>
        <message>
            <location filename="../core/reservation_report.py" />
            <source>Lifetime of {name} against the validity of what it meets</source>
            <translation>Levensduur van {name} naast de geldigheid van wat het tegenkomt</translation>
        </message>
        <message>
            <location filename="../core/reservation_report.py" />
            <source>Trace lifetime</source>
            <translation>Levensduur tracé</translation>
        </message>
        <message>
            <location filename="../core/reservation_report.py" />
            <source>No time overlap</source>
            <translation>Geen overlap in de tijd</translation>
        </message>
        <message>
            <location filename="../core/reservation_report.py" />
            <source>Planned work (opportunity)</source>
            <translation>Gepland werk (meekoppelkans)</translation>
        </message>
        <message>
            <location filename="../core/reservation_report.py" />
            <source>Plan of {name}: conflicts numbered as in the table below</source>
            <translation>Bovenaanzicht van {name}: conflicten genummerd als in de tabel hieronder</translation>
        </message>
        <message>
            <location filename="../core/reservation_report.py" />
            <source>Trace (chainage in m)</source>
            <translation>Tracé (afstand langs het tracé in m)</translation>
        </message>
        <message>
            <location filename="../core/reservation_report.py" />
            <source>Obstacles near the trace</source>
            <translation>Obstakels bij het tracé</translation>
        </message>
        <message>
            <location filename="../core/reservation_report.py" />
            <source>Summary</source>
            <translation>Samenvatting</translation>
        </message>
        <message>
            <location filename="../core/reservation_report.py" />
            <source>{n} trace(s) checked against {m} obstacle(s) within reach.</source>
            <translation>{n} tracé(s) getoetst aan {m} obstakel(s) binnen bereik.</translation>
        </message>
        <message>
            <location filename="../core/reservation_report.py" />
            <source>{n} conflict stretch(es): {clash} clash(es) and {clear} clearance conflict(s) during the trace's life; {free} with an obstacle that is gone before construction or comes after the trace's life.</source>
            <translation>{n} conflicttraject(en): {clash} botsing(en) en {clear} te kleine afstand(en) tijdens de levensduur van het tracé; {free} met een obstakel dat vóór de aanleg verdwenen is of pas na de levensduur van het tracé komt.</translation>
        </message>
        <message>
            <location filename="../core/reservation_report.py" />
            <source>{n} conflict(s) rely on an assumed depth (the operator's standard laying depth or the defaults table): check those in the field or with the network operator.</source>
            <translation>{n} conflict(en) berusten op een aangenomen diepte (de standaard dieptelegging van de netbeheerder of de tabel met standaardwaarden): controleer die in het veld of bij de netbeheerder.</translation>
        </message>
        <message>
            <location filename="../core/reservation_report.py" />
            <source>{n} opportunity(ies) to combine works.</source>
            <translation>{n} meekoppelkans(en).</translation>
        </message>
        <message>
            <location filename="../core/reservation_report.py" />
            <source>Length (m)</source>
            <translation>Lengte (m)</translation>
        </message>
        <message>
            <location filename="../core/reservation_report.py" />
            <source>Envelope depth (m)</source>
            <translation>Diepte ruimtebeslag (m)</translation>
        </message>
        <message>
            <location filename="../core/reservation_report.py" />
            <source>Width (m)</source>
            <translation>Breedte (m)</translation>
        </message>
        <message>
            <location filename="../core/reservation_report.py" />
            <source>Years</source>
            <translation>Jaren</translation>
        </message>
        <message>
            <location filename="../core/reservation_report.py" />
            <source>Clashes</source>
            <translation>Botsingen</translation>
        </message>
        <message>
            <location filename="../core/reservation_report.py" />
            <source>Clearance conflicts</source>
            <translation>Te kleine afstanden</translation>
        </message>
        <message>
            <location filename="../core/reservation_report.py" />
            <source>Type</source>
            <translation>Soort</translation>
        </message>
        <message>
            <location filename="../core/reservation_report.py" />
            <source>Required (m)</source>
            <translation>Vereist (m)</translation>
        </message>
        <message>
            <location filename="../core/reservation_report.py" />
            <source>Time overlap</source>
            <translation>Overlap in de tijd</translation>
        </message>
        <message>
            <location filename="../core/reservation_report.py" />
            <source>Obstacle valid</source>
            <translation>Obstakel geldig</translation>
        </message>
        <message>
            <location filename="../core/reservation_report.py" />
            <source>Work type</source>
            <translation>Soort werk</translation>
        </message>
        <message>
            <location filename="../core/reservation_report.py" />
            <source>Work years</source>
            <translation>Jaren van het werk</translation>
        </message>
        <message>
            <location filename="../core/reservation_report.py" />
            <source>Gaps: horizontal h = 2D distance minus half the trace width and the obstacle's half width; vertical v = separation of the depth intervals; gap = sqrt(h^2 + v^2). Clash: gap 0; clearance conflict: gap below the required clearance. Years are inclusive; an empty year is open-ended.</source>
            <translation>Afstanden: horizontaal h = 2D-afstand min de halve breedte van het tracé en de halve breedte van het obstakel; verticaal v = tussenruimte van de diepte-intervallen; afstand = sqrt(h^2 + v^2). Botsing: afstand 0; te kleine afstand: afstand kleiner dan de vereiste afstand. Jaren tellen inclusief; een leeg jaar is open.</translation>
        </message>
        <message>
            <location filename="../core/reservation_report.py" />
            <source>Longitudinal profile of {name}</source>
            <translation>Lengteprofiel van {name}</translation>
        </message>
        <message>
            <location filename="../core/reservation_report.py" />
            <source>Longitudinal profile of {name}, chainage {start:.0f}-{end:.0f} m (page {page} of {pages})</source>
            <translation>Lengteprofiel van {name}, afstand {start:.0f}-{end:.0f} m (pagina {page} van {pages})</translation>
        </message>
        <message>
            <location filename="../core/reservation_report.py" />
            <source>Cross-sections at the clashes</source>
            <translation>Dwarsdoorsneden bij de botsingen</translation>
        </message>
        <message>
            <location filename="../core/reservation_report.py" />
            <source>clearance</source>
            <translation>afstand te klein</translation>
        </message>
        <message>
            <location filename="../core/reservation_report.py" />
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <location filename="../core/reservation_report.py" />
            <source>no</source>
            <translation>nee</translation>
        </message>
        <message>
            <location filename="../core/reservation_report.py" />
            <source>Written {when} by the Ondergrond plugin. Trace layer: {trace}; obstacles: {obstacles}; planned works: {works}; CRS {crs}.</source>
            <translation>Geschreven {when} door de plugin Ondergrond. Tracélaag: {trace}; obstakels: {obstacles}; geplande werken: {works}; CRS {crs}.</translation>
        </message>
        <message>
            <location filename="../core/reservation_report.py" />
            <source>No.</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <location filename="../core/reservation_report.py" />
            <source>Utility types in neither table (the '*' defaults were used): {types}</source>
            <translation>Soorten leidingen die in geen van beide tabellen staan (de waarden van '*' zijn gebruikt): {types}</translation>
        </message>
        <message>
            <location filename="../core/reservation_report.py" />
            <source>Profiles and time charts are drawn for the first {n} traces only.</source>
            <translation>Lengteprofielen en tijdlijnen zijn alleen getekend voor de eerste {n} tracés.</translation>
        </message>
        <message>
            <location filename="../core/reservation_report.py" />
            <source>The first {n} of {total} conflicts are listed; the Conflicts layer has them all.</source>
            <translation>De eerste {n} van {total} conflicten staan hier; de laag Conflicten bevat ze allemaal.</translation>
        </message>
        <message>
            <location filename="../core/reservation_report.py" />
            <source>The first {n} of {total} profile pages are drawn.</source>
            <translation>De eerste {n} van {total} profielpagina's zijn getekend.</translation>
        </message>
        <message>
            <location filename="../core/reservation_report.py" />
            <source>Cross-sections are drawn at the first {n} clashes only.</source>
            <translation>Dwarsdoorsneden zijn alleen getekend bij de eerste {n} botsingen.</translation>
        </message>
        <message>
            <location filename="../core/section_drawing.py" />
            <source>Offset from the axis (m, positive to the left)</source>
            <translation>Afstand tot de as (m, positief naar links)</translation>
        </message>
        <message>
            <location filename="../core/section_drawing.py" />
            <source>Depth (m below ground level)</source>
            <translation>Diepte (m onder maaiveld)</translation>
        </message>
        <message>
            <location filename="../core/section_drawing.py" />
            <source>Distance along the section (m)</source>
            <translation>Afstand langs de doorsnede (m)</translation>
        </message>
        <message>
            <location filename="../core/section_drawing.py" />
            <source>New utility (slot)</source>
            <translation>Nieuwe leiding (plek)</translation>
        </message>
        <message>
            <location filename="../core/section_drawing.py" />
            <source>Free for its centre</source>
            <translation>Vrij voor het hart</translation>
        </message>
        <message>
            <location filename="../core/section_drawing.py" />
            <source>Required clearance</source>
            <translation>Vereiste afstand</translation>
        </message>
        <message>
            <location filename="../core/section_drawing.py" />
            <source>Blocks the new utility</source>
            <translation>Blokkeert de nieuwe leiding</translation>
        </message>
        <message>
            <location filename="../core/section_drawing.py" />
            <source>Property line / public space</source>
            <translation>Erfgrens / openbare ruimte</translation>
        </message>
        <message>
            <location filename="../core/section_drawing.py" />
            <source>Profile zone of the new utility</source>
            <translation>Profielzone van de nieuwe leiding</translation>
        </message>
        <message>
            <location filename="../core/section_drawing.py" />
            <source>Ends of the section</source>
            <translation>Uiteinden van de doorsnede</translation>
        </message>
        <message>
            <location filename="../core/section_drawing.py" />
            <source>(logarithmic)</source>
            <translation>(logaritmisch)</translation>
        </message>
        <message>
            <location filename="../core/section_drawing.py" />
            <source>no room for {type} here</source>
            <translation>hier geen ruimte voor {type}</translation>
        </message>
        <message>
            <location filename="../core/section_drawing.py" />
            <source>Clearance {type} must keep</source>
            <translation>Afstand die {type} moet houden</translation>
        </message>
        <message>
            <location filename="../core/streetprofile.py" />
            <source>from the axis</source>
            <translation>vanaf de as</translation>
        </message>
        <message>
            <location filename="../core/streetprofile.py" />
            <source>from the property line</source>
            <translation>vanaf de erfgrens</translation>
        </message>
        <message>
            <location filename="../core/streetprofile.py" />
            <source>; and {n} more</source>
            <translation>; en nog {n}</translation>
        </message>
        <message>
            <location filename="../core/streetprofile.py" />
            <source>Table {file}, row {row}: offset_from_m {low} is larger than offset_to_m {high}.</source>
            <translation>Tabel {file}, rij {row}: offset_from_m {low} is groter dan offset_to_m {high}.</translation>
        </message>
        <message>
            <location filename="../core/streetprofile.py" />
            <source>Table {file}, row {row}: the depth range {top} - {bottom} m is not a range below ground level (metres, positive downward, from &lt;= to).</source>
            <translation>Tabel {file}, rij {row}: het dieptebereik {top} - {bottom} m is geen bereik onder maaiveld (meters, positief naar beneden, van &lt;= tot).</translation>
        </message>
        <message>
            <location filename="../core/streetprofile.py" />
            <source>({d:.1f} m beside)</source>
            <translation>({d:.1f} m ernaast)</translation>
        </message>
        <message>
            <location filename="../core/suitability.py" />
            <source>Each cell shows, for one function in one depth band, how much of the area is suitable, conditional or excluded. The verdict is the strictest rule of the constraints present at that depth; 'not used' means the function does not reach that band.</source>
            <translation>Elke cel toont voor één functie in één dieptelaag hoeveel van het gebied geschikt, voorwaardelijk of uitgesloten is. Het oordeel is de strengste regel van de beperkingen die op die diepte aanwezig zijn; 'niet gebruikt' betekent dat de functie die dieptelaag niet bereikt.</translation>
        </message>
        <message>
            <location filename="../core/suitability.py" />
            <source>no {kind}: excluded</source>
            <translation>geen {kind}: uitgesloten</translation>
        </message>
        <message>
            <location filename="../core/suitability.py" />
            <source>{kind}: {verdict} (features {ids})</source>
            <translation>{kind}: {verdict} (objecten {ids})</translation>
        </message>
        <message>
            <location filename="../core/suitability.py" />
            <source>suitable</source>
            <translation>geschikt</translation>
        </message>
        <message>
            <location filename="../core/suitability.py" />
            <source>excluded</source>
            <translation>uitgesloten</translation>
        </message>
        <message>
            <location filename="../core/suitability.py" />
            <source>allowed</source>
            <translation>toegestaan</translation>
        </message>
        <message>
            <location filename="../core/suitability.py" />
            <source>required, present</source>
            <translation>vereist, aanwezig</translation>
        </message>
        <message>
            <location filename="../core/suitability.py" />
            <source>Function (depth range)</source>
            <translation>Functie (dieptebereik)</translation>
        </message>
        <message>
            <location filename="../core/suitability.py" />
            <source>Give at least one depth band, for example {example}.</source>
            <translation>Geef ten minste één dieptelaag op, bijvoorbeeld {example}.</translation>
        </message>
        <message>
            <location filename="../core/suitability.py" />
            <source>Unknown function(s) {unknown}; the functions table has: {known}.</source>
            <translation>Onbekende functie(s) {unknown}; de functietabel bevat: {known}.</translation>
        </message>
        <message>
            <location filename="../core/suitability.py" />
            <source>Table {file}, row {row}, column 'function': '{function}' is listed twice.</source>
            <translation>Tabel {file}, rij {row}, kolom 'function': '{function}' staat er twee keer in.</translation>
        </message>
        <message>
            <location filename="../core/suitability.py" />
            <source>Table {file}, row {row}, column 'kind': a rule for '{function}' and '{kind}' already exists in row {first}.</source>
            <translation>Tabel {file}, rij {row}, kolom 'kind': er is al een regel voor '{function}' en '{kind}' in rij {first}.</translation>
        </message>
        <message>
            <location filename="../core/suitability.py" />
            <source>Table {file}, row {row}, column 'applies': '{value}' is not one of {allowed} (empty = overlap).</source>
            <translation>Tabel {file}, rij {row}, kolom 'applies': '{value}' is geen van {allowed} (leeg = overlap).</translation>
        </message>
        <message>
            <location filename="../core/suitability.py" />
            <source>Depth band '{band}' is not of the form top-bottom in m below ground (for example 100-500).</source>
            <translation>Dieptelaag '{band}' heeft niet de vorm boven-onder in m onder maaiveld (bijvoorbeeld 100-500).</translation>
        </message>
        <message>
            <location filename="../core/suitability.py" />
            <source>Depth band '{band}': the bottom must lie deeper than the top.</source>
            <translation>Dieptelaag '{band}': de onderkant moet dieper liggen dan de bovenkant.</translation>
        </message>
        <message>
            <location filename="../core/suitability.py" />
            <source>Depth bands must be listed from shallow to deep without overlap: '{a}' and '{b}' do not.</source>
            <translation>Dieptelagen moeten van ondiep naar diep staan zonder overlap: '{a}' en '{b}' voldoen daar niet aan.</translation>
        </message>
        <message>
            <location filename="../core/suitability.py" />
            <source>A radius cannot be negative (feature {fid}).</source>
            <translation>Een straal kan niet negatief zijn (object {fid}).</translation>
        </message>
        <message>
            <location filename="../core/suitability.py" />
            <source>The extent holds {n:,} cells of {cell} m, more than the {max:,} this algorithm can evaluate; choose a larger cell size or a smaller extent.</source>
            <translation>Het gebied bevat {n:,} cellen van {cell} m, meer dan de {max:,} die dit algoritme kan beoordelen; kies een grotere celgrootte of een kleiner gebied.</translation>
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
            <source>Table {file}, row {row}: cannot be read as CSV ({error}); a cell is probably far too long or has an unclosed quote. Open the table in a spreadsheet and correct that row.</source>
            <translation>Tabel {file}, rij {row}: niet te lezen als CSV ({error}); een cel is waarschijnlijk veel te lang of heeft een niet-gesloten aanhalingsteken. Open de tabel in een spreadsheet en verbeter die rij.</translation>
        </message>
        <message>
            <location filename="../core/tables.py" />
            <source>Table {file}, row {row}, column '{column}': the value is empty.</source>
            <translation>Tabel {file}, rij {row}, kolom '{column}': de waarde is leeg.</translation>
        </message>
        <message>
            <location filename="../core/tables.py" />
            <source>Table {file}, row {row}, column '{column}': '{value}' is not a finite number; give a value in metres.</source>
            <translation>Tabel {file}, rij {row}, kolom '{column}': '{value}' is geen eindig getal; geef een waarde in meters.</translation>
        </message>
        <message>
            <location filename="../core/tables.py" />
            <source>Table {file}, row {row}, column '{column}': '{value}' is not a number.</source>
            <translation>Tabel {file}, rij {row}, kolom '{column}': '{value}' is geen getal.</translation>
        </message>
        <message>
            <location filename="../core/templates.py" />
            <source>status '{value}' is not one of: {allowed}</source>
            <translation>status '{value}' is niet een van: {allowed}</translation>
        </message>
        <message>
            <location filename="../core/templates.py" />
            <source>'{name}' is not a template layer; known layers: {known}</source>
            <translation>'{name}' is geen sjabloonlaag; bekende lagen: {known}</translation>
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
            <source>Recharge must be zero or positive (m/year)</source>
            <translation>De grondwateraanvulling moet nul of positief zijn (m/jaar)</translation>
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
            <source>Travel times: '{token}' is longer than 10,000 years; give a travel time in days or years</source>
            <translation>Verblijftijden: '{token}' is langer dan 10.000 jaar; geef een verblijftijd in dagen of jaren</translation>
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
            <location filename="../core/xmlsafe.py" />
            <source>{file}: the XML declares entities; refused as unsafe</source>
            <translation>{file}: de XML declareert entiteiten; geweigerd als onveilig</translation>
        </message>
        <message>
            <location filename="../gui/lagenbenadering.py" />
            <source>Occupation layer</source>
            <translation>Occupatielaag</translation>
        </message>
        <message>
            <location filename="../gui/lagenbenadering.py" />
            <source>Network layer</source>
            <translation>Netwerklaag</translation>
        </message>
        <message>
            <location filename="../gui/lagenbenadering.py" />
            <source>Subsurface</source>
            <translation>Ondergrond</translation>
        </message>
        <message>
            <location filename="../gui/lagenbenadering.py" />
            <source>Lagenbenadering</source>
            <translation>Lagenbenadering</translation>
        </message>
        <message>
            <location filename="../gui/lagenbenadering.py" />
            <location filename="../gui/subsurface3d.py" />
            <source>&amp;Ondergrond</source>
            <translation>&amp;Ondergrond</translation>
        </message>
        <message>
            <location filename="../gui/lagenbenadering.py" />
            <source>Add an existing GeoPackage, or create a new empty template?</source>
            <translation>Een bestaande GeoPackage toevoegen, of een nieuw leeg sjabloon maken?</translation>
        </message>
        <message>
            <location filename="../gui/lagenbenadering.py" />
            <source>Open existing GeoPackage...</source>
            <translation>Bestaande GeoPackage openen...</translation>
        </message>
        <message>
            <location filename="../gui/lagenbenadering.py" />
            <source>New template...</source>
            <translation>Nieuw sjabloon...</translation>
        </message>
        <message>
            <location filename="../gui/lagenbenadering.py" />
            <source>Lagenbenadering: open a GeoPackage</source>
            <translation>Lagenbenadering: een GeoPackage openen</translation>
        </message>
        <message>
            <location filename="../gui/lagenbenadering.py" />
            <source>Cannot open {path} as a GeoPackage.</source>
            <translation>Kan {path} niet als GeoPackage openen.</translation>
        </message>
        <message>
            <location filename="../gui/lagenbenadering.py" />
            <source>{path} has no layers named occupatie_*, netwerk_* or ondergrond_*. Create a template with 'Lagenbenadering layer template' or rename your layers with these prefixes.</source>
            <translation>{path} heeft geen lagen met de naam occupatie_*, netwerk_* of ondergrond_*. Maak een sjabloon met 'Lagenbenadering-sjabloon' of geef uw lagen deze voorvoegsels.</translation>
        </message>
        <message>
            <location filename="../gui/lagenbenadering.py" />
            <source>The layer {layer} in {path} cannot be read.</source>
            <translation>De laag {layer} in {path} kan niet worden gelezen.</translation>
        </message>
        <message>
            <location filename="../gui/lagenbenadering.py" />
            <source>Add a lagenbenadering template (a new one, or an existing GeoPackage with occupatie_*, netwerk_* and ondergrond_* layers) to the map in three groups</source>
            <translation>Voeg een lagenbenadering-sjabloon (een nieuw sjabloon, of een bestaande GeoPackage met lagen occupatie_*, netwerk_* en ondergrond_*) in drie groepen aan de kaart toe</translation>
        </message>
        <message>
            <location filename="../gui/lagenbenadering.py" />
            <source>Lagenbenadering: name of the new template</source>
            <translation>Lagenbenadering: naam van het nieuwe sjabloon</translation>
        </message>
        <message>
            <location filename="../gui/lagenbenadering.py" />
            <source>{path} added in three groups.</source>
            <translation>{path} is in drie groepen toegevoegd.</translation>
        </message>
        <message>
            <location filename="../gui/subsurface3d.py" />
            <source>Subsurface 3D legend</source>
            <translation>Legenda ondergrond in 3D</translation>
        </message>
        <message>
            <location filename="../gui/subsurface3d.py" />
            <source>The map shows no vector layers: add the layers with depths first.</source>
            <translation>De kaart toont geen vectorlagen: voeg eerst de lagen met diepten toe.</translation>
        </message>
        <message>
            <location filename="../gui/subsurface3d.py" />
            <source>The map's coordinate reference system is not projected (metres): set the project CRS to one, e.g. EPSG:28992 (RD New).</source>
            <translation>Het coördinatenreferentiesysteem van de kaart is niet geprojecteerd (meters): stel het project in op zo'n CRS, bijv. EPSG:28992 (RD New).</translation>
        </message>
        <message>
            <location filename="../gui/subsurface3d.py" />
            <source>Depths exaggerated {factor:g} x (the 3D views only; the Elevation Profile shows true depths). To change it, edit the project variable ondergrond_exaggeration (Project &gt; Properties &gt; Variables).</source>
            <translation>Diepten {factor:g} x overdreven (alleen in de 3D-kaartbeelden; het hoogteprofiel toont de echte diepten). Wijzig dit met de projectvariabele ondergrond_exaggeration (Project &gt; Eigenschappen &gt; Variabelen).</translation>
        </message>
        <message>
            <location filename="../gui/subsurface3d.py" />
            <source>Subsurface 3D view</source>
            <translation>Ondergrond in 3D</translation>
        </message>
        <message>
            <location filename="../gui/subsurface3d.py" />
            <source>Grey: depth unknown (drawn at 1 m). The terrain is off so that nothing hides below 0 m.</source>
            <translation>Grijs: diepte onbekend (getekend op 1 m). Het terrein staat uit zodat niets onder 0 m verborgen blijft.</translation>
        </message>
        <message>
            <location filename="../gui/subsurface3d.py" />
            <source>Subsurface 3D</source>
            <translation>Ondergrond 3D</translation>
        </message>
        <message>
            <location filename="../gui/subsurface3d.py" />
            <source>This QGIS (before 3.28) does not let plugins set up a 3D view: in the new 3D map view, switch the terrain off in its configuration and tilt the camera (Shift + drag).</source>
            <translation>Deze QGIS (ouder dan 3.28) laat plugins geen 3D-weergave instellen: zet in de nieuwe 3D-kaartweergave het terrein uit in de configuratie en kantel de camera (Shift + slepen).</translation>
        </message>
        <message>
            <location filename="../gui/subsurface3d.py" />
            <source>Open a 3D map view of the current extent set up for the subsurface: terrain off, an oblique camera, a depth scale and a legend</source>
            <translation>Open een 3D-kaartweergave van het huidige kaartbeeld, ingericht voor de ondergrond: terrein uit, een schuine camera, een diepteschaal en een legenda</translation>
        </message>
        <message>
            <location filename="../gui/subsurface3d.py" />
            <source>See-through (walls only, no roof), so that what lies inside shows: {names}.</source>
            <translation>Doorzichtig (alleen wanden, geen dak), zodat zichtbaar is wat erin ligt: {names}.</translation>
        </message>
        <message>
            <location filename="../gui/subsurface3d.py" />
            <source>Depth scale on the west side: bands of {band:g} m, alternately dark and light, down to {depth:g} m.</source>
            <translation>Diepteschaal aan de westkant: banden van {band:g} m, afwisselend donker en licht, tot {depth:g} m.</translation>
        </message>
        <message>
            <location filename="../gui/subsurface3d.py" />
            <source>Depths in view: down to {depth:g} m. Grey: depth unknown (drawn at 1 m). Switch the terrain off in the 3D view's configuration so that nothing hides below 0 m.</source>
            <translation>Diepten in beeld: tot {depth:g} m. Grijs: diepte onbekend (getekend op 1 m). Zet het terrein uit in de configuratie van de 3D-weergave, zodat niets onder 0 m verborgen blijft.</translation>
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
        <message>
            <location filename="../models/ondergrond_gemeente.model3" />
            <source>Municipality: KLIC delivery to reservation check</source>
            <translation>Gemeente: van KLIC-levering tot reserveringstoets</translation>
        </message>
        <message>
            <location filename="../models/ondergrond_gemeente.model3" />
            <source>Construction year of the trace (when the trace has no valid_from)</source>
            <translation>Aanlegjaar van het tracé (als het tracé geen valid_from heeft)</translation>
        </message>
        <message>
            <location filename="../models/ondergrond_gemeente.model3" />
            <source>Other claims in the street (trees, reservations, infiltration crates)</source>
            <translation>Andere claims in de straat (bomen, reserveringen, infiltratiekratten)</translation>
        </message>
        <message>
            <location filename="../models/ondergrond_gemeente.model3" />
            <source>Planned trace (lines with depth_m, width_m, height_m, valid_from, valid_to)</source>
            <translation>Gepland tracé (lijnen met depth_m, width_m, height_m, valid_from, valid_to)</translation>
        </message>
        <message>
            <location filename="../models/ondergrond_gemeente.model3" />
            <source>Planned works (for coupling opportunities)</source>
            <translation>Geplande werken (voor meekoppelkansen)</translation>
        </message>
        <message>
            <location filename="../models/ondergrond_gemeente.model3" />
            <source>Import the KLIC delivery</source>
            <translation>KLIC-levering inlezen</translation>
        </message>
        <message>
            <location filename="../models/ondergrond_gemeente.model3" />
            <source>KLIC appurtenances and depth measurements</source>
            <translation>KLIC-leidingelementen en dieptemetingen</translation>
        </message>
        <message>
            <location filename="../models/ondergrond_gemeente.model3" />
            <source>4D reservation check of the trace</source>
            <translation>4D-reserveringstoets van het tracé</translation>
        </message>
        <message>
            <location filename="../models/ondergrond_gemeente.model3" />
            <source>Reservation check report (HTML)</source>
            <translation>Rapport reserveringstoets (HTML)</translation>
        </message>
        <message>
            <location filename="../models/ondergrond_gemeente.model3" />
            <source>The municipal chain for a planned cable or pipe trace: reads the KLIC delivery (the ZIP as the Kadaster sends it, its folder or its GI_gebiedsinformatielevering XML) into cables and pipes with their depth, appurtenances and depth measurements (points) and precaution zones (EV; the graafpolygoon, the request area, is never an obstacle), then checks the trace in 4D against all of them and against the street's other claims (trees, reservations, infiltration crates): where it comes closer than the clearance of the rules table in plan, depth and time, and which planned works it could be combined with. Writes the conflicts, the coupling opportunities and an HTML report for the permit or design meeting. Depths are m below ground level; unknown KLIC depths use the standard-profile depths of rules/default_depths.csv. The defaults of both algorithms apply (see their help); open the model in the graphical modeler to change them.</source>
            <translation>De gemeentelijke keten voor een gepland kabel- of leidingtracé: leest de KLIC-levering in (de ZIP zoals het Kadaster die stuurt, de uitgepakte map of de GI_gebiedsinformatielevering-XML) tot kabels en leidingen met hun diepte, leidingelementen en dieptemetingen (punten) en gebieden met een eis voorzorgsmaatregel (de graafpolygoon, het aanvraaggebied, is nooit een obstakel), en toetst het tracé daarna in 4D aan dat alles en aan de andere claims in de straat (bomen, reserveringen, infiltratiekratten): waar het in het platte vlak, in de diepte en in de tijd dichterbij komt dan de afstand uit de regeltabel, en met welke geplande werken het kan worden meegekoppeld. Schrijft de conflicten, de meekoppelkansen en een HTML-rapport voor het vergunnings- of ontwerpoverleg. Diepten zijn in m onder maaiveld; voor onbekende KLIC-diepten gelden de diepten van het standaardprofiel uit rules/default_depths.csv. De standaardwaarden van beide algoritmen gelden (zie hun help); open het model in de grafische modelbouwer om ze te wijzigen.</translation>
        </message>
        <message>
            <location filename="../models/ondergrond_gemeente.model3" />
            <source>The KLIC delivery or deliveries of the work area.</source>
            <translation>De KLIC-levering of -leveringen van het werkgebied.</translation>
        </message>
        <message>
            <location filename="../models/ondergrond_gemeente.model3" />
            <source>Other claims to check against, besides the KLIC cables and pipes.</source>
            <translation>Andere claims om tegen te toetsen, naast de KLIC kabels en leidingen.</translation>
        </message>
        <message>
            <location filename="../models/ondergrond_gemeente.model3" />
            <source>The planned trace (for example the warmtenet trace) as lines; depth_m, width_m, height_m, valid_from and valid_to per feature where known.</source>
            <translation>Het geplande tracé (bijvoorbeeld het warmtenettracé) als lijnen; per object depth_m, width_m, height_m, valid_from en valid_to waar bekend.</translation>
        </message>
        <message>
            <location filename="../models/ondergrond_gemeente.model3" />
            <source>Planned works in the street (sewer or water-main replacement, wadi) with their execution years: where the trace could be laid together with them.</source>
            <translation>Geplande werken in de straat (rioolvervanging, vervanging van de waterleiding, wadi) met hun uitvoeringsjaren: waar het tracé tegelijk kan worden aangelegd.</translation>
        </message>
        <message>
            <location filename="../models/ondergrond_provincie.model3" />
            <source>Province: drinking water to cumulation</source>
            <translation>Provincie: van drinkwater tot stapeling</translation>
        </message>
        <message>
            <location filename="../models/ondergrond_provincie.model3" />
            <source>Depth bands for the suitability (m below ground level, e.g. 0-30,30-100)</source>
            <translation>Dieptelagen voor de geschiktheid (m onder maaiveld, bijv. 0-30,30-100)</translation>
        </message>
        <message>
            <location filename="../models/ondergrond_provincie.model3" />
            <source>The province's other claims and constraints (with kind, top_m, bottom_m)</source>
            <translation>De overige claims en beperkingen van de provincie (met kind, top_m, bottom_m)</translation>
        </message>
        <message>
            <location filename="../models/ondergrond_provincie.model3" />
            <source>Heatmap depth band bottom (m below ground level)</source>
            <translation>Onderkant dieptelaag van de stapelingskaart (m onder maaiveld)</translation>
        </message>
        <message>
            <location filename="../models/ondergrond_provincie.model3" />
            <source>Heatmap depth band top (m below ground level)</source>
            <translation>Bovenkant dieptelaag van de stapelingskaart (m onder maaiveld)</translation>
        </message>
        <message>
            <location filename="../models/ondergrond_provincie.model3" />
            <source>Protection zone method</source>
            <translation>Methode voor de beschermingszones</translation>
        </message>
        <message>
            <location filename="../models/ondergrond_provincie.model3" />
            <source>Effective porosity for wells without porosity (-)</source>
            <translation>Effectieve porositeit voor putten zonder porosity (-)</translation>
        </message>
        <message>
            <location filename="../models/ondergrond_provincie.model3" />
            <source>Protective clay layer depth for the boringsvrije zone (m below ground level)</source>
            <translation>Diepte beschermende kleilaag boringsvrije zone (m onder maaiveld)</translation>
        </message>
        <message>
            <location filename="../models/ondergrond_provincie.model3" />
            <source>Recharge for wells without recharge_m_year (m/year; 0 = confined)</source>
            <translation>Aanvulling voor putten zonder recharge_m_year (m/jaar; 0 = afgesloten)</translation>
        </message>
        <message>
            <location filename="../models/ondergrond_provincie.model3" />
            <source>Regional groundwater flow for method 1: Darcy flux (m/d)</source>
            <translation>Regionale grondwaterstroming voor methode 1: Darcy-flux (m/d)</translation>
        </message>
        <message>
            <location filename="../models/ondergrond_provincie.model3" />
            <source>Aquifer thickness for wells without thickness_m (m)</source>
            <translation>Dikte watervoerend pakket voor putten zonder thickness_m (m)</translation>
        </message>
        <message>
            <location filename="../models/ondergrond_provincie.model3" />
            <source>Drinking-water abstraction wells (points with rate_m3_year, thickness_m, porosity)</source>
            <translation>Drinkwaterwinputten (punten met rate_m3_year, thickness_m, porosity)</translation>
        </message>
        <message>
            <location filename="../models/ondergrond_provincie.model3" />
            <source>Heatmap year (only claims valid in this year)</source>
            <translation>Jaar van de stapelingskaart (alleen claims die in dat jaar gelden)</translation>
        </message>
        <message>
            <location filename="../models/ondergrond_provincie.model3" />
            <source>Cumulation heatmap of all claims in the band and year</source>
            <translation>Stapelingskaart van alle claims in de dieptelaag en het jaar</translation>
        </message>
        <message>
            <location filename="../models/ondergrond_provincie.model3" />
            <source>Suitability per depth band (zones and constraints)</source>
            <translation>Geschiktheid per dieptelaag (zones en beperkingen)</translation>
        </message>
        <message>
            <location filename="../models/ondergrond_provincie.model3" />
            <source>Drinking-water protection zones around the wells</source>
            <translation>Drinkwaterbeschermingszones rond de winputten</translation>
        </message>
        <message>
            <location filename="../models/ondergrond_provincie.model3" />
            <source>The provincial chain for the subsurface: from the drinking-water abstraction wells, draws their protection zones (travel-time zones from the abstraction rate, aquifer thickness, porosity and recharge of each well, and the boringsvrije zone below the protective clay layer), then evaluates per depth band where each function (ground energy, geothermal, storage, ...) is suitable, conditional or excluded given those zones and the province's other claims, and finally maps where all claims stack up in one depth band and year (the cumulation heatmap: the sum of the claims' weight field, 1 for a claim without it). Depths are m below ground level; years are inclusive. The defaults of the three algorithms apply (see their help: the travel times 60 days, 25 and 100 years, the rules tables in rules/, cell size 25 m); open the model in the graphical modeler to change them.</source>
            <translation>De provinciale keten voor de ondergrond: tekent vanuit de drinkwaterwinputten hun beschermingszones (verblijftijdzones uit het onttrekkingsdebiet, de dikte van het watervoerend pakket, de porositeit en de aanvulling van elke put, en de boringsvrije zone onder de beschermende kleilaag), beoordeelt daarna per dieptelaag waar elke functie (bodemenergie, geothermie, opslag, ...) geschikt, voorwaardelijk of uitgesloten is gegeven die zones en de overige claims van de provincie, en laat ten slotte zien waar alle claims zich opstapelen in één dieptelaag en één jaar (de stapelingskaart: de som van het veld weight van de claims, 1 voor een claim zonder dat veld). Diepten zijn in m onder maaiveld; jaren zijn inclusief. De standaardwaarden van de drie algoritmen gelden (zie hun help: de verblijftijden 60 dagen, 25 en 100 jaar, de regeltabellen in rules/, celgrootte 25 m); open het model in de grafische modelbouwer om ze te wijzigen.</translation>
        </message>
        <message>
            <location filename="../models/ondergrond_provincie.model3" />
            <source>The depth bands of the suitability, in m below ground level.</source>
            <translation>De dieptelagen van de geschiktheid, in m onder maaiveld.</translation>
        </message>
        <message>
            <location filename="../models/ondergrond_provincie.model3" />
            <source>The other claims and constraints of the province: boringsvrije zones, NGR, aquifers, faults, salt structures, ground-energy systems, geothermal plans, each with a kind and a depth range top_m-bottom_m.</source>
            <translation>De overige claims en beperkingen van de provincie: boringsvrije zones, NGR, watervoerende pakketten, breuken, zoutstructuren, bodemenergiesystemen, geothermieplannen, elk met een soort (kind) en een dieptebereik top_m-bottom_m.</translation>
        </message>
        <message>
            <location filename="../models/ondergrond_provincie.model3" />
            <source>Bottom of that depth band.</source>
            <translation>Onderkant van die dieptelaag.</translation>
        </message>
        <message>
            <location filename="../models/ondergrond_provincie.model3" />
            <source>Top of the depth band the cumulation heatmap looks at.</source>
            <translation>Bovenkant van de dieptelaag waarnaar de stapelingskaart kijkt.</translation>
        </message>
        <message>
            <location filename="../models/ondergrond_provincie.model3" />
            <source>Direction the regional groundwater flows towards, degrees clockwise from north.</source>
            <translation>Richting waarheen het regionale grondwater stroomt, in graden met de klok mee vanaf noord.</translation>
        </message>
        <message>
            <location filename="../models/ondergrond_provincie.model3" />
            <source>0: volume balance (circles, no regional flow); 1: backward particle tracking through the wells, the regional flow and the recharge (well fields share their zones).</source>
            <translation>0: volumebalans (cirkels, geen regionale stroming); 1: deeltjes terug in de tijd volgen door de putten, de regionale stroming en de aanvulling (puttenvelden delen hun zones).</translation>
        </message>
        <message>
            <location filename="../models/ondergrond_provincie.model3" />
            <source>Effective porosity for wells without a porosity value (0.35: sand).</source>
            <translation>Effectieve porositeit voor putten zonder waarde in porosity (0,35: zand).</translation>
        </message>
        <message>
            <location filename="../models/ondergrond_provincie.model3" />
            <source>Depth of the top of the protective clay layer: drilling below it is banned in the boringsvrije zone. Empty: no boringsvrije zone is drawn.</source>
            <translation>Diepte van de bovenkant van de beschermende kleilaag: in de boringsvrije zone is boren daaronder verboden. Leeg: er wordt geen boringsvrije zone getekend.</translation>
        </message>
        <message>
            <location filename="../models/ondergrond_provincie.model3" />
            <source>Recharge from precipitation for wells without a recharge_m_year value: 0 for a confined aquifer, 0.25-0.35 m/year for phreatic Dutch sandy aquifers (KWR). With recharge the 25- and 100-year zones are much smaller than the confined ones.</source>
            <translation>Grondwateraanvulling uit neerslag voor putten zonder waarde in recharge_m_year: 0 voor een afgesloten pakket, 0,25-0,35 m/jaar voor freatische Nederlandse zandpakketten (KWR). Met aanvulling zijn de 25- en 100-jaarszones veel kleiner dan zonder.</translation>
        </message>
        <message>
            <location filename="../models/ondergrond_provincie.model3" />
            <source>Darcy flux of the regional groundwater flow for method 1 (m/d).</source>
            <translation>Darcy-flux van de regionale grondwaterstroming voor methode 1 (m/d).</translation>
        </message>
        <message>
            <location filename="../models/ondergrond_provincie.model3" />
            <source>Aquifer thickness for wells without a thickness_m value; the log lists every well that used it. 30 m is typical for Dutch sandy aquifers: use REGIS II (TNO/BRO) locally.</source>
            <translation>Dikte van het watervoerend pakket voor putten zonder waarde in thickness_m; het logboek noemt elke put die haar gebruikte. 30 m is gangbaar voor Nederlandse zandpakketten: gebruik lokaal REGIS II (TNO/BRO).</translation>
        </message>
        <message>
            <location filename="../models/ondergrond_provincie.model3" />
            <source>The abstraction wells, with their rate (m3/year), aquifer thickness (m) and effective porosity (-) per well where known.</source>
            <translation>De winputten, met per put hun debiet (m3/jaar), de dikte van het watervoerend pakket (m) en de effectieve porositeit (-) waar bekend.</translation>
        </message>
        <message>
            <location filename="../models/ondergrond_provincie.model3" />
            <source>Only claims valid in this year count in the heatmap.</source>
            <translation>Alleen claims die in dit jaar gelden tellen mee in de stapelingskaart.</translation>
        </message>
    </context>
</TS>
