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
            <location filename="../algorithms/cumulationheatmap.py" />
            <source>Valid from field (year or date)</source>
            <translation>Veld geldig vanaf (jaar of datum)</translation>
        </message>
        <message>
            <location filename="../algorithms/checkcanonicalfields.py" />
            <location filename="../algorithms/cumulationheatmap.py" />
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
            <location filename="../algorithms/cumulationheatmap.py" />
            <source>Cumulation heatmap</source>
            <translation>Stapelingskaart</translation>
        </message>
        <message>
            <location filename="../algorithms/cumulationheatmap.py" />
            <source>Shows where claims and effects on the subsurface stack up (cumulation): how many, how many different kinds and how heavy, within a depth band and for a given year. "The effect of one development can be overseen; the cumulation of separate developments often has a larger effect" (Nota Ruimte).

Input: any number of point, line and polygon layers (claims, activities, effect areas). Per feature: a weight (field 'weight'; a layer without it weighs 1 per feature, an empty value counts as 1), a category (field 'kind'; without it the layer name is the category) and an effect radius in m (field 'effect_radius_m'; absent or empty = 0).

A feature covers a raster cell when the cell's centre lies inside the feature or within its effect radius of it (distance &lt;= radius); points and lines with radius 0 cover every cell they touch. Per cell the result is, depending on the mode: the number of features, the sum of their weights, the number of different categories, or the largest weight. With linear decay a weight counts as weight x (1 - d/R), d the distance from the cell centre to the feature (0 inside a polygon) and R its radius; decay does not change counts. Cells nothing covers are 0.

Depth window (m below ground level): only features whose top_m-bottom_m range overlaps the window count (empty top = ground level, empty bottom = unbounded; ranges that only touch do not overlap). Year: only features valid in that year count (valid_from &lt;= year &lt;= valid_to, inclusive, empty = open-ended).

Output: a Float32 GeoTIFF in a projected metre CRS (inputs in degrees are reprojected to EPSG:28992), starting at the extent's top-left corner. The default extent is the inputs' extent grown by the largest effect radius, snapped outward to the cell grid. The default cell size of 25 m is a plan-scale choice; large areas are computed tile by tile, so memory stays bounded. With a threshold, hotspots are the connected areas where the value is at least the threshold, with their largest value, area (m2) and contributors: the categories and the number of features of each that cover the hotspot.

Negative weights or radii are refused with the feature named. Inputs are never changed.</source>
            <translation>Laat zien waar claims en effecten in de ondergrond zich opstapelen (cumulatie): hoeveel, hoeveel verschillende soorten en hoe zwaar, binnen een dieptebereik en voor een bepaald jaar. "Het effect van één ontwikkeling is te overzien, de cumulatie van verschillende losse ontwikkelingen heeft vaak een groter effect" (Nota Ruimte).

Invoer: willekeurig veel punt-, lijn- en vlaklagen (claims, activiteiten, effectgebieden). Per object: een gewicht (veld 'weight'; een laag zonder dit veld telt 1 per object, een lege waarde telt als 1), een categorie (veld 'kind'; zonder dit veld is de laagnaam de categorie) en een effectstraal in m (veld 'effect_radius_m'; ontbreekt of leeg = 0).

Een object bedekt een rastercel als het middelpunt van de cel binnen het object ligt of binnen zijn effectstraal ervan (afstand &lt;= straal); punten en lijnen met straal 0 bedekken elke cel die ze raken. Per cel is de uitkomst, afhankelijk van de gekozen waarde: het aantal objecten, de som van hun gewichten, het aantal verschillende categorieën of het hoogste gewicht. Bij lineaire afname telt een gewicht als gewicht x (1 - d/R), met d de afstand van het celmiddelpunt tot het object (0 binnen een vlak) en R de effectstraal; afname verandert aantallen niet. Cellen die door niets bedekt worden zijn 0.

Dieptevenster (m onder maaiveld): alleen objecten waarvan het bereik top_m-bottom_m het venster overlapt tellen mee (lege bovenkant = maaiveld, lege onderkant = onbegrensd; bereiken die elkaar alleen raken overlappen niet). Jaar: alleen objecten die in dat jaar gelden tellen mee (valid_from &lt;= jaar &lt;= valid_to, inclusief, leeg = zonder begin of eind).

Uitvoer: een Float32 GeoTIFF in een geprojecteerd CRS in meters (invoer in graden wordt omgezet naar EPSG:28992), beginnend in de linkerbovenhoek van het gebied. Het standaardgebied is het gebied van de invoer, vergroot met de grootste effectstraal en naar buiten afgerond op het celraster. De standaardcelgrootte van 25 m is een keuze op planschaal; grote gebieden worden in tegels berekend, zodat het geheugengebruik begrensd blijft. Met een drempel zijn de brandpunten de aaneengesloten gebieden waar de waarde minstens de drempel is, met hun hoogste waarde, oppervlakte (m2) en bijdragers: de categorieën en het aantal objecten van elk dat het brandpunt bedekt.

Negatieve gewichten of stralen worden geweigerd, met het object erbij genoemd. De invoer wordt nooit gewijzigd.</translation>
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
            <location filename="../core/cumulation.py" />
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
            <location filename="../algorithms/io.py" />
            <source>Cancelled.</source>
            <translation>Afgebroken.</translation>
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
            <source>Layer '{layer}', feature {fid}</source>
            <translation>Laag '{layer}', object {fid}</translation>
        </message>
        <message>
            <location filename="../algorithms/cumulationheatmap.py" />
            <source>{n} feature(s) fall outside the depth window or year and do not count.</source>
            <translation>{n} object(en) vallen buiten het dieptevenster of het jaar en tellen niet mee.</translation>
        </message>
        <message>
            <location filename="../algorithms/cumulationheatmap.py" />
            <source>Cannot write the raster {path}.</source>
            <translation>Het raster {path} kan niet worden geschreven.</translation>
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
            <location filename="../core/cumulation.py" />
            <source>Depth window</source>
            <translation>Dieptevenster</translation>
        </message>
        <message>
            <location filename="../core/cumulation.py" />
            <source>effect radius (m)</source>
            <translation>effectstraal (m)</translation>
        </message>
        <message>
            <location filename="../core/cumulation.py" />
            <source>There are no features to stack: no layer has features that pass the depth and year filters, and no extent was given.</source>
            <translation>Er zijn geen objecten om te stapelen: geen laag heeft objecten binnen het dieptevenster en het jaar, en er is geen gebied opgegeven.</translation>
        </message>
        <message>
            <location filename="../core/cumulation.py" />
            <source>Depth window: top {top} m and bottom {bottom} m leave no depth range; choose a bottom below the top.</source>
            <translation>Dieptevenster: bovenkant {top} m en onderkant {bottom} m laten geen dieptebereik over; kies een onderkant onder de bovenkant.</translation>
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
            <location filename="../core/cumulation.py" />
            <source>feature {i}</source>
            <translation>object {i}</translation>
        </message>
        <message>
            <location filename="../core/cumulation.py" />
            <source>{label}: the {what} is {value}; it must be a number of 0 or more. Correct the feature or leave it out.</source>
            <translation>{label}: de waarde voor {what} is {value}; dat moet een getal van 0 of meer zijn. Verbeter het object of laat het weg.</translation>
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
