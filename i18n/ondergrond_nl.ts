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
            <location filename="../algorithms/io.py" />
            <source>{listed} and {more} more</source>
            <translation>{listed} en nog {more}</translation>
        </message>
        <message>
            <location filename="../algorithms/io.py" />
            <location filename="../algorithms/reservationcheck.py" />
            <source>Cancelled.</source>
            <translation>Afgebroken.</translation>
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
            <location filename="../algorithms/reservationcheck.py" />
            <location filename="../core/reservation_report.py" />
            <source>4D reservation check</source>
            <translation>4D-reserveringstoets</translation>
        </message>
        <message>
            <location filename="../algorithms/reservationcheck.py" />
            <source>Checks whether a planned trace (a heat network, by default) fits among the cables, pipes, trees and reserved space in the street, in 3D and over its lifetime, and lists the planned works it could be combined with (meekoppelkansen).

Trace: a line layer. Its envelope is Trace width wide (m) and runs from Trace depth (top, m below ground level) to Trace depth + Trace height. It lives from the construction year for Lifetime years (default 60: a heat network lies about 60 years). The fields depth_m, width_m, height_m, valid_from and valid_to of a trace feature override these values; a trace with valid_from but no valid_to lives Lifetime years from valid_from.

Obstacles: any number of layers. Lines are cables and pipes (utility_type as IMKL thema code, depth_m = top of the pipe, diameter_m); polygons are reserved space, infiltration crates or structures (top_m, bottom_m); points are trees or manholes (radius_m = horizontal extent, top_m, bottom_m). All may have valid_from and valid_to (years or dates, empty = open-ended). A missing depth, diameter or radius is taken from the Defaults table (typical depths of the standard street profile, non-normative practice values; KLIC data often has no depth): such conflicts are marked depth_assumed. Each row of the bundled tables names its source. A layer without utility_type values gets a type from its name (boom/bomen/tree: tree, infiltratie/krat: infiltration crate, reserv: reservation, else 'overig'). Unknown types use the '*' rows of both tables, with one warning per type.

Method: horizontal gap h = max(0, 2D distance - trace width/2 - the obstacle's half width (diameter/2 for lines, radius for points, 0 for polygons)). Vertical intervals: trace [depth, depth + height], line [depth_m, depth_m + diameter_m], polygon and point [top_m, bottom_m] (empty top = 0, empty bottom = unbounded); v is their separation, 0 when they overlap. gap = sqrt(h^2 + v^2). A clash is gap = 0; a clearance conflict is 0 &lt; gap &lt; the required clearance from the Clearances table (symmetric, '*' as wildcard; the most specific row wins: an exact pair, then rows with one wildcard (the larger of two), then '*,*'). Bundled values are practice values (unverified): 0.25 m between small utilities, 0.5 m around heat, high-pressure gas and sewers, and 1.0 m between heat and drinking water (drinking water must stay below 25 C; no legal distance exists, KWR/Deltares; replace it by the distance agreed with the water company). Trees: radius 2.5 m from the tree centre to the trench edge (Liander after CROW 280).

Conflicts: one line per stretch of a trace in conflict with one obstacle, with the gaps, the required clearance and the chainage (m along the trace, running on over the parts of a multi-part trace). time_overlap tells whether the obstacle exists during the trace's life: a gas pipe removed before construction is still listed, with time_overlap false, so you see that the space frees up in time. Stretch ends and gaps are exact (computed, not sampled).

Opportunities: every planned work (work_type, valid_from, valid_to) within Coupling distance (m) of a trace whose period lies within Coupling years of the construction year, as a point on the trace nearest to the work.

Report: an HTML file with the summary, both tables, a longitudinal profile per trace (chainage x depth: the envelope and every crossing or parallel obstacle at its depth; conflicts highlighted, assumed depths hatched) and a time chart of the trace's life against the validity of the obstacles in conflict.

Inputs in another CRS are reprojected; 3D geometries are used in 2D (tick 'Use Z as depth' to take an empty depth from the Z values, as metres below ground level). Inputs are never changed.</source>
            <translation>Toetst of een gepland tracé (standaard een warmtenet) past tussen de kabels, leidingen, bomen en gereserveerde ruimte in de straat, in 3D en over zijn levensduur, en geeft de geplande werken waarmee het gecombineerd kan worden (meekoppelkansen).

Tracé: een lijnenlaag. Het ruimtebeslag is Breedte tracé breed (m) en loopt van Diepte tracé (bovenkant, m onder maaiveld) tot Diepte tracé + Hoogte tracé. Het tracé bestaat vanaf het aanlegjaar gedurende Levensduur jaren (standaard 60: een warmtenet ligt ongeveer 60 jaar). De velden depth_m, width_m, height_m, valid_from en valid_to van een tracé gaan voor deze waarden; een tracé met valid_from maar zonder valid_to bestaat Levensduur jaren vanaf valid_from.

Obstakels: een of meer lagen. Lijnen zijn kabels en leidingen (utility_type als IMKL-thema, depth_m = bovenkant buis, diameter_m); vlakken zijn gereserveerde ruimte, infiltratiekratten of bouwwerken (top_m, bottom_m); punten zijn bomen of putten (radius_m = horizontale omvang, top_m, bottom_m). Alle mogen valid_from en valid_to hebben (jaren of datums, leeg = open). Een ontbrekende diepte, diameter of straal komt uit de Tabel standaardwaarden (gangbare diepten uit het standaard ordeningsprofiel, niet-normatieve praktijkwaarden; KLIC-gegevens hebben vaak geen diepte): zulke conflicten krijgen depth_assumed. Elke rij van de meegeleverde tabellen noemt zijn bron. Een laag zonder waarden in utility_type krijgt een soort uit zijn naam (boom/bomen/tree: boom, infiltratie/krat: infiltratiekrat, reserv: reservering, anders 'overig'). Onbekende soorten krijgen de rijen '*' van beide tabellen, met één waarschuwing per soort.

Methode: horizontale afstand h = max(0, 2D-afstand - breedte tracé/2 - de halve breedte van het obstakel (diameter/2 voor lijnen, straal voor punten, 0 voor vlakken)). Verticale intervallen: tracé [diepte, diepte + hoogte], lijn [depth_m, depth_m + diameter_m], vlak en punt [top_m, bottom_m] (lege bovenkant = 0, lege onderkant = onbegrensd); v is hun tussenruimte, 0 als ze overlappen. afstand = sqrt(h^2 + v^2). Een botsing is afstand = 0; een te kleine afstand is 0 &lt; afstand &lt; de vereiste afstand uit de Tabel onderlinge afstanden (symmetrisch, '*' als jokerteken; de meest specifieke rij telt: een exact paar, dan rijen met één jokerteken (de grootste van twee), dan '*,*'). De meegeleverde waarden zijn praktijkwaarden (niet geverifieerd): 0,25 m tussen kleine kabels en leidingen, 0,5 m rond warmte, hogedruk gas en riolering, en 1,0 m tussen warmte en drinkwater (drinkwater moet onder 25 C blijven; een wettelijke afstand bestaat niet, KWR/Deltares; vervang de waarde door de afstand die met het drinkwaterbedrijf is afgesproken). Bomen: straal 2,5 m van het midden van de boom tot de rand van de sleuf (Liander naar CROW 280).

Conflicten: één lijn per deel van een tracé dat in conflict is met één obstakel, met de afstanden, de vereiste afstand en de afstand langs het tracé (m, doorlopend over de delen van een tracé uit meerdere delen). time_overlap geeft aan of het obstakel bestaat tijdens de levensduur van het tracé: een gasleiding die vóór de aanleg verwijderd wordt staat er nog in, met time_overlap onwaar, zodat u ziet dat de ruimte op tijd vrijkomt. De uiteinden van een conflicttraject en de afstanden zijn exact (berekend, niet bemonsterd).

Meekoppelkansen: elk gepland werk (work_type, valid_from, valid_to) binnen Afstand voor meekoppelen (m) van een tracé waarvan de periode binnen Jaren voor meekoppelen van het aanlegjaar ligt, als punt op het tracé het dichtst bij het werk.

Rapport: een HTML-bestand met de samenvatting, beide tabellen, een lengteprofiel per tracé (afstand langs het tracé x diepte: het ruimtebeslag en elk kruisend of parallel obstakel op zijn diepte; conflicten gemarkeerd, aangenomen diepten gearceerd) en een tijdlijn van de levensduur van het tracé naast de geldigheid van de obstakels in conflict.

Lagen in een ander CRS worden omgeprojecteerd; 3D-geometrieën worden in 2D gebruikt (vink 'Z als diepte gebruiken' aan om een lege diepte uit de Z-waarden te halen, als meters onder maaiveld). De invoer wordt nooit gewijzigd.</translation>
        </message>
        <message>
            <location filename="../algorithms/reservationcheck.py" />
            <source>Use Z as depth where the depth field is empty (m below ground level)</source>
            <translation>Z als diepte gebruiken waar het diepteveld leeg is (m onder maaiveld)</translation>
        </message>
        <message>
            <location filename="../algorithms/reservationcheck.py" />
            <source>Work type field</source>
            <translation>Veld soort werk</translation>
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
            <source>Obstacles: cables and pipes, trees, reserved space</source>
            <translation>Obstakels: kabels en leidingen, bomen, gereserveerde ruimte</translation>
        </message>
        <message>
            <location filename="../algorithms/reservationcheck.py" />
            <source>Obstacle utility type field (IMKL thema code)</source>
            <translation>Veld soort leiding van de obstakels (IMKL-thema)</translation>
        </message>
        <message>
            <location filename="../algorithms/reservationcheck.py" />
            <source>Cable/pipe depth field (top of pipe, m below ground level)</source>
            <translation>Veld diepte kabel/leiding (bovenkant buis, m onder maaiveld)</translation>
        </message>
        <message>
            <location filename="../algorithms/reservationcheck.py" />
            <source>Cable/pipe diameter field (m)</source>
            <translation>Veld diameter kabel/leiding (m)</translation>
        </message>
        <message>
            <location filename="../algorithms/reservationcheck.py" />
            <source>Top field of polygons and points (m below ground level)</source>
            <translation>Veld bovenkant van vlakken en punten (m onder maaiveld)</translation>
        </message>
        <message>
            <location filename="../algorithms/reservationcheck.py" />
            <source>Bottom field of polygons and points (m below ground level)</source>
            <translation>Veld onderkant van vlakken en punten (m onder maaiveld)</translation>
        </message>
        <message>
            <location filename="../algorithms/reservationcheck.py" />
            <source>Radius field of points (m, horizontal extent)</source>
            <translation>Veld straal van punten (m, horizontale omvang)</translation>
        </message>
        <message>
            <location filename="../algorithms/reservationcheck.py" />
            <source>Obstacle valid from field (year or date)</source>
            <translation>Veld obstakel geldig vanaf (jaar of datum)</translation>
        </message>
        <message>
            <location filename="../algorithms/reservationcheck.py" />
            <source>Obstacle valid to field (year or date)</source>
            <translation>Veld obstakel geldig tot en met (jaar of datum)</translation>
        </message>
        <message>
            <location filename="../algorithms/reservationcheck.py" />
            <source>Defaults table (CSV: utility_type, depth_m, diameter_m, top_m, bottom_m, radius_m)</source>
            <translation>Tabel standaardwaarden (CSV: utility_type, depth_m, diameter_m, top_m, bottom_m, radius_m)</translation>
        </message>
        <message>
            <location filename="../algorithms/reservationcheck.py" />
            <source>Clearances table (CSV: type_a, type_b, clearance_m)</source>
            <translation>Tabel onderlinge afstanden (CSV: type_a, type_b, clearance_m)</translation>
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
            <source>HTML files (*.html)</source>
            <translation>HTML-bestanden (*.html)</translation>
        </message>
        <message>
            <location filename="../algorithms/reservationcheck.py" />
            <source>Number of conflicts</source>
            <translation>Aantal conflicten</translation>
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
            <source>Choose at least one obstacle layer.</source>
            <translation>Kies ten minste één laag met obstakels.</translation>
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
            <source>The trace layer {layer} has no line geometry: draw the planned trace as lines.</source>
            <translation>De tracélaag {layer} bevat geen lijnen: teken het geplande tracé als lijnen.</translation>
        </message>
        <message>
            <location filename="../algorithms/reservationcheck.py" />
            <source>The trace layer {layer} has no features with a geometry: nothing to check.</source>
            <translation>De tracélaag {layer} bevat geen objecten met een geometrie: er valt niets te toetsen.</translation>
        </message>
        <message>
            <location filename="../algorithms/reservationcheck.py" />
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
            <source>Layer {layer} has no geometry and is left out.</source>
            <translation>Laag {layer} heeft geen geometrie en wordt overgeslagen.</translation>
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
            <location filename="../core/reservation.py" />
            <source>Layer '{layer}', feature {fid}, field '{field}'</source>
            <translation>Laag '{layer}', object {fid}, veld '{field}'</translation>
        </message>
        <message>
            <location filename="../core/reservation.py" />
            <source>Layer '{layer}', feature {fid}: valid_from {first:.0f} is after valid_to {last:.0f}.</source>
            <translation>Laag '{layer}', object {fid}: valid_from {first:.0f} ligt na valid_to {last:.0f}.</translation>
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
            <source>Longitudinal profile of trace {fid}</source>
            <translation>Lengteprofiel van tracé {fid}</translation>
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
            <source>Clearance too small</source>
            <translation>Afstand te klein</translation>
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
            <source>Depth assumed</source>
            <translation>Diepte aangenomen</translation>
        </message>
        <message>
            <location filename="../core/reservation_report.py" />
            <source>Lifetime of trace {fid} against the validity of what it meets</source>
            <translation>Levensduur van tracé {fid} naast de geldigheid van wat het tegenkomt</translation>
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
            <source>{n} conflict(s) rely on a depth taken from the defaults table (depth assumed): check those in the field or with the network operator.</source>
            <translation>{n} conflict(en) berusten op een diepte uit de tabel met standaardwaarden (diepte aangenomen): controleer die in het veld of bij de netbeheerder.</translation>
        </message>
        <message>
            <location filename="../core/reservation_report.py" />
            <source>{n} opportunity(ies) to combine works.</source>
            <translation>{n} meekoppelkans(en).</translation>
        </message>
        <message>
            <location filename="../core/reservation_report.py" />
            <source>Trace</source>
            <translation>Tracé</translation>
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
            <source>Chainage (m)</source>
            <translation>Afstand langs tracé (m)</translation>
        </message>
        <message>
            <location filename="../core/reservation_report.py" />
            <source>Layer</source>
            <translation>Laag</translation>
        </message>
        <message>
            <location filename="../core/reservation_report.py" />
            <source>Feature</source>
            <translation>Object</translation>
        </message>
        <message>
            <location filename="../core/reservation_report.py" />
            <source>Type</source>
            <translation>Soort</translation>
        </message>
        <message>
            <location filename="../core/reservation_report.py" />
            <source>Conflict</source>
            <translation>Conflict</translation>
        </message>
        <message>
            <location filename="../core/reservation_report.py" />
            <source>Horizontal gap (m)</source>
            <translation>Horizontale afstand (m)</translation>
        </message>
        <message>
            <location filename="../core/reservation_report.py" />
            <source>Vertical gap (m)</source>
            <translation>Verticale afstand (m)</translation>
        </message>
        <message>
            <location filename="../core/reservation_report.py" />
            <source>Gap (m)</source>
            <translation>Afstand (m)</translation>
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
            <source>Distance (m)</source>
            <translation>Afstand (m)</translation>
        </message>
        <message>
            <location filename="../core/reservation_report.py" />
            <source>Work years</source>
            <translation>Jaren van het werk</translation>
        </message>
        <message>
            <location filename="../core/reservation_report.py" />
            <source>Years apart</source>
            <translation>Jaren ertussen</translation>
        </message>
        <message>
            <location filename="../core/reservation_report.py" />
            <source>Gaps: horizontal h = 2D distance minus half the trace width and the obstacle's half width; vertical v = separation of the depth intervals; gap = sqrt(h^2 + v^2). Clash: gap 0; clearance conflict: gap below the required clearance. Years are inclusive; an empty year is open-ended.</source>
            <translation>Afstanden: horizontaal h = 2D-afstand min de halve breedte van het tracé en de halve breedte van het obstakel; verticaal v = tussenruimte van de diepte-intervallen; afstand = sqrt(h^2 + v^2). Botsing: afstand 0; te kleine afstand: afstand kleiner dan de vereiste afstand. Jaren tellen inclusief; een leeg jaar is open.</translation>
        </message>
        <message>
            <location filename="../core/reservation_report.py" />
            <source>Trace {fid}</source>
            <translation>Tracé {fid}</translation>
        </message>
        <message>
            <location filename="../core/reservation_report.py" />
            <source>clash</source>
            <translation>botsing</translation>
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
            <source>none</source>
            <translation>geen</translation>
        </message>
        <message>
            <location filename="../core/reservation_report.py" />
            <source>Written {when} by the Ondergrond plugin. Trace layer: {trace}; obstacles: {obstacles}; planned works: {works}; CRS {crs}.</source>
            <translation>Geschreven {when} door de plugin Ondergrond. Tracélaag: {trace}; obstakels: {obstacles}; geplande werken: {works}; CRS {crs}.</translation>
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
