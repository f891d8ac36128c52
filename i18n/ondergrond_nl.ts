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
            <source>Models</source>
            <translation>Modellen</translation>
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
            <location filename="../models/ondergrond_provincie.model3" />
            <source>Cumulation heatmap</source>
            <translation>Stapelingskaart</translation>
        </message>
        <message>
            <location filename="../algorithms/cumulationheatmap.py" />
            <source>Shows where claims and effects on the subsurface stack up (cumulation): how many, how many different kinds and how heavy, within a depth band and for a given year. "The effect of one development can be overseen; the cumulation of separate developments often has a larger effect" (Nota Ruimte).

Input: any number of point, line and polygon layers (claims, activities, effect areas). Per feature: a weight (field 'weight'; a layer without it weighs 1 per feature, an empty value counts as 1), a category (field 'kind'; without it the layer name is the category) and an effect radius in m (field 'effect_radius_m'; absent or empty = 0).

A feature covers a raster cell when the cell's centre lies inside the feature or within its effect radius of it (distance ≤ radius); points and lines with radius 0 cover every cell they touch. Per cell the result is, depending on the mode: the number of features, the sum of their weights, the number of different categories, or the largest weight. With linear decay a weight counts as weight x (1 - d/R), d the distance from the cell centre to the feature (0 inside a polygon) and R its radius; decay does not change counts. Cells nothing covers are 0.

Depth window (m below ground level): only features whose top_m-bottom_m range overlaps the window count (empty top = ground level, empty bottom = unbounded; ranges that only touch do not overlap). Year: only features valid in that year count (valid_from ≤ year ≤ valid_to, inclusive, empty = open-ended).

Output: a Float32 GeoTIFF in a projected metre CRS (inputs in degrees are reprojected to EPSG:28992), starting at the extent's top-left corner. The default extent is the inputs' extent grown by the largest effect radius, snapped outward to the cell grid. The default cell size of 25 m is a plan-scale choice; large areas are computed tile by tile, so memory stays bounded. With a threshold, hotspots are the connected areas where the value is at least the threshold, with their largest value, area (m2) and contributors: the categories and the number of features of each that cover the hotspot.

Negative weights (read in the weight modes only) or radii are refused with the feature named. Inputs are never changed.</source>
            <translation>Laat zien waar claims en effecten in de ondergrond zich opstapelen (cumulatie): hoeveel, hoeveel verschillende soorten en hoe zwaar, binnen een dieptebereik en voor een bepaald jaar. "Het effect van één ontwikkeling is te overzien, de cumulatie van verschillende losse ontwikkelingen heeft vaak een groter effect" (Nota Ruimte).

Invoer: willekeurig veel punt-, lijn- en vlaklagen (claims, activiteiten, effectgebieden). Per object: een gewicht (veld 'weight'; een laag zonder dit veld telt 1 per object, een lege waarde telt als 1), een categorie (veld 'kind'; zonder dit veld is de laagnaam de categorie) en een effectstraal in m (veld 'effect_radius_m'; ontbreekt of leeg = 0).

Een object bedekt een rastercel als het middelpunt van de cel binnen het object ligt of binnen zijn effectstraal ervan (afstand ≤ straal); punten en lijnen met straal 0 bedekken elke cel die ze raken. Per cel is de uitkomst, afhankelijk van de gekozen waarde: het aantal objecten, de som van hun gewichten, het aantal verschillende categorieën of het hoogste gewicht. Bij lineaire afname telt een gewicht als gewicht x (1 - d/R), met d de afstand van het celmiddelpunt tot het object (0 binnen een vlak) en R de effectstraal; afname verandert aantallen niet. Cellen die door niets bedekt worden zijn 0.

Dieptevenster (m onder maaiveld): alleen objecten waarvan het bereik top_m-bottom_m het venster overlapt tellen mee (lege bovenkant = maaiveld, lege onderkant = onbegrensd; bereiken die elkaar alleen raken overlappen niet). Jaar: alleen objecten die in dat jaar gelden tellen mee (valid_from ≤ jaar ≤ valid_to, inclusief, leeg = zonder begin of eind).

Uitvoer: een Float32 GeoTIFF in een geprojecteerd CRS in meters (invoer in graden wordt omgezet naar EPSG:28992), beginnend in de linkerbovenhoek van het gebied. Het standaardgebied is het gebied van de invoer, vergroot met de grootste effectstraal en naar buiten afgerond op het celraster. De standaardcelgrootte van 25 m is een keuze op planschaal; grote gebieden worden in tegels berekend, zodat het geheugengebruik begrensd blijft. Met een drempel zijn de brandpunten de aaneengesloten gebieden waar de waarde minstens de drempel is, met hun hoogste waarde, oppervlakte (m2) en bijdragers: de categorieën en het aantal objecten van elk dat het brandpunt bedekt.

Negatieve gewichten (alleen gelezen bij de waarden met gewicht) of stralen worden geweigerd, met het object erbij genoemd. De invoer wordt nooit gewijzigd.</translation>
        </message>
        <message>
            <location filename="../algorithms/cumulationheatmap.py" />
            <source>Layer '{layer}', feature {fid}</source>
            <translation>Laag '{layer}', object {fid}</translation>
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
            <location filename="../algorithms/depthbandsuitability.py" />
            <location filename="../algorithms/drinkingwaterprotection.py" />
            <location filename="../algorithms/importlayermodel.py" />
            <location filename="../algorithms/io.py" />
            <location filename="../algorithms/reservationcheck.py" />
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

&lt;b&gt;Defaults.&lt;/b&gt; Bands 0-3, 3-30, 30-100, 100-500, 500-1500, 1500-4000 m show both edges of the 'deep subsurface' (100 m, DGDO; 500 m, WKO-tool/TNO). The bundled tables rules/functions.csv and rules/suitability_rules.csv give a source on every row (Nota Ruimte, DGDO regional sessions, provincial practice); they are a starting point, not policy: use your province's own rules. Cell size 25 m.</source>
            <translation>Waar kan welke functie de ondergrond gebruiken, per dieptelaag: geschikt, voorwaardelijk of uitgesloten, en waarom (de regels en de objecten achter elk oordeel).

&lt;b&gt;Invoer.&lt;/b&gt; Lagen met beperkingen (vlakken; punten en lijnen worden verbreed met hun veld radius_m als dat er is). Elk object heeft een soort (veld kind; een laag zonder dat veld gebruikt zijn veld zone, zoals Drinkwaterbeschermingszones dat schrijft, en anders de laagnaam) en een dieptebereik top_m-bottom_m in m onder maaiveld (lege top = maaiveld, lege onderkant = onbegrensd). De regeltabel (function, kind, verdict allowed/conditional/excluded/required, note) en de functietabel (function, top_m, bottom_m: het dieptebereik dat elke functie inneemt) zijn CSV-bestanden, gescheiden door komma of puntkomma, die u kunt kopiëren en in Excel bewerken.

&lt;b&gt;Methode.&lt;/b&gt; Een functie kan alleen een dieptelaag gebruiken die overlapt met haar dieptebereik. Binnen R = de dieptelaag gesneden met het bereik van de functie is het oordeel op een plek het strengste (uitgesloten &gt; voorwaardelijk &gt; toegestaan) van alle regels (functie, soort) van de beperkingen die daar aanwezig zijn en waarvan het dieptebereik R overlapt; bereiken die elkaar alleen raken overlappen niet. Een regel 'required' betekent dat de functie zo'n beperking nodig heeft die R overlapt: waar die ontbreekt is het oordeel uitgesloten met de reden 'geen &lt;soort&gt;'. Soorten zonder regel voor de functie hebben geen effect; waar geen regel geldt is het oordeel geschikt. Een regel met applies = above (een optionele kolom van de regeltabel) telt ook beperkingen die boven het venster liggen: de functie boort er doorheen (de meegeleverde kleilaag-regels). Soorten die in geen enkele regel voorkomen worden in een waarschuwing genoemd. Het gebied wordt beoordeeld op een raster met cellen van de opgegeven celgrootte (m): een cel telt mee als haar middelpunt binnen een vlak ligt, binnen de straal van een punt of lijn, of (straal 0) als het punt of de lijn de cel raakt.

&lt;b&gt;Ondergrondmodel.&lt;/b&gt; Optioneel wordt een REGIS II- / nlmod- / GeoTOP-laagmodel (netCDF, m NAP; zie Ondergrondmodel inlezen) direct als rasters gelezen, zonder vlakken: elke laag krijgt zijn soort uit de soortentabel (meegeleverd: kleiige REGIS II-eenheden 'kleilaag', zandige eenheden 'aquifer') en telt in een cel waar zijn diepte onder de bovenkant van het model het venster overlapt, zoals een beperking van die soort. De lagen met beperkingen mogen dan leeg blijven; het gebied is dan standaard de omvang van het model. Kies een celgrootte gelijk aan die van het model (REGIS II: 100 m) of een veelvoud ervan.

&lt;b&gt;Uitvoer.&lt;/b&gt; Vlakken, één per dieptelaag, functie en zone met hetzelfde oordeel en dezelfde redenen (verdict 1 geschikt, 2 voorwaardelijk, 3 uitgesloten); een matrix (HTML, en CSV met dezelfde getallen) met de oppervlakte per oordeel voor elke functie en dieptelaag. Laat de uitvoer met vlakken leeg voor een snelle run die alleen de matrix schrijft.

&lt;b&gt;Standaarden.&lt;/b&gt; De dieptelagen 0-3, 3-30, 30-100, 100-500, 500-1500, 1500-4000 m tonen beide grenzen van de 'diepe ondergrond' (100 m, DGDO; 500 m, WKO-tool/TNO). De meegeleverde tabellen rules/functions.csv en rules/suitability_rules.csv noemen op elke regel een bron (Nota Ruimte, DGDO-regiosessies, provinciale praktijk); ze zijn een vertrekpunt, geen beleid: gebruik de regels van uw eigen provincie. Celgrootte 25 m.</translation>
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
            <source>Layer {layer} has no geometry; choose layers of polygons, lines or points.</source>
            <translation>Laag {layer} heeft geen geometrie; kies lagen met vlakken, lijnen of punten.</translation>
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
            <translation>Regionale grondwaterstroming: stromingsrichting (graden met de klok mee vanaf noord)</translation>
        </message>
        <message>
            <location filename="../algorithms/drinkingwaterprotection.py" />
            <source>Protective layer depth for the boringsvrije zone (m below ground level, optional)</source>
            <translation>Diepte beschermende laag voor de boringsvrije zone (m onder maaiveld)</translation>
        </message>
        <message>
            <location filename="../algorithms/drinkingwaterprotection.py" />
            <source>The regional flux is ignored by the volume balance method; choose method 1 (regional flow) to use it.</source>
            <translation>De volumebalansmethode negeert de regionale flux; kies methode 1 (regionale stroming) om hem te gebruiken.</translation>
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

Points: appurtenances, cabinets, manholes, masts, towers and technical buildings. Zones: the precaution areas (AanduidingEisVoorzorgsmaatregel, with the required measure) and the graafpolygoon of each delivery.

Every feature type read is counted in the log, with how many were imported or used and how many skipped and why. Coordinates are RD New (EPSG:28992) as IMKL prescribes.

Safety: XML with a DOCTYPE or entity declarations is refused, files larger than 2 GB and ZIPs that expand beyond 4 GB or more than 200 times are refused, and a ZIP member with '..' or an absolute path is refused; the ZIP is read in place, never extracted.</source>
            <translation>Leest een of meer KLIC-leveringen van het Kadaster (IMKL2015 versie 1.2 en IMKL 2.0) in als analyseklare lagen die direct in de 4D-reserveringstoets passen.

Invoer: de ZIP zoals het Kadaster die levert, de uitgepakte map, of het bestand GI_gebiedsinformatielevering_*.xml zelf; meerdere tegelijk worden samengevoegd. Een object dat in meer dan één levering voorkomt (zelfde IMKL-id) wordt één keer overgenomen, uit de nieuwste levering.

Kabels en leidingen: elke lijngeometrie (UtilityLink) van elke kabel, leiding, duct, kabelbed en mantelbuis wordt één lijn, met utility_type = het IMKL-thema van het utiliteitsnet (laagspanning, gasLageDruk, water, warmte, datatransport, rioolVrijverval, ...), de netbeheerder (Beheerder), het objecttype en IMKL-id, diameter_m (pipeDiameter, kabelDiameter of ductWidth in meters; 0 geldt als onbekend), status (functional = in gebruik, planned = gepland, out_of_use = buiten gebruik) en valid_from/valid_to (9999 = zonder einde).

Diepte (depth_m, m onder maaiveld, bovenkant leiding): uit een DiepteTovMaaiveld-punt op de kabel (depth_source 'maaiveld'), anders uit een DiepteNAP-punt min het maaiveldPeil (maaiveldhoogte in m NAP; depth_source 'nap'). Een dieptepunt hoort bij de dichtstbijzijnde kabel of leiding van zijn eigen net binnen de zoekafstand; bij meerdere punten telt de ondiepste bovenkant (veilige kant bij graven). Een diepte gemeten aan de onderkant of het midden van de leiding wordt met de diameter naar de bovenkant omgerekend. Een DiepteNAP zonder maaiveldhoogte geeft level_nap_m (bovenkant leiding in m NAP) maar geen diepte. Overal elders blijft depth_m leeg en is depth_source 'unknown'. standard_depth_m is de door de netbeheerder opgegeven standaard dieptelegging van het net (standaardDieptelegging): waar depth_m leeg is, neemt de reserveringstoets die aan, en anders zijn standaardprofieldieptes.

Punten: leidingelementen, kasten, mangaten, masten, torens en technische gebouwen. Zones: de gebieden met een eis voorzorgsmaatregel (AanduidingEisVoorzorgsmaatregel, met de vereiste maatregel) en de graafpolygoon van elke levering.

Het logboek telt elk gelezen objecttype, met hoeveel er zijn ingelezen of gebruikt en hoeveel er zijn overgeslagen en waarom. Coördinaten zijn in RD New (EPSG:28992), zoals IMKL voorschrijft.

Veiligheid: XML met een DOCTYPE of entiteitdeclaraties wordt geweigerd, bestanden groter dan 2 GB en ZIP's die tot meer dan 4 GB of meer dan 200 keer zo groot uitpakken worden geweigerd, en een ZIP-onderdeel met '..' of een absoluut pad wordt geweigerd; de ZIP wordt ter plekke gelezen en nooit uitgepakt.</translation>
        </message>
        <message>
            <location filename="../algorithms/importklic.py" />
            <source>Depth point tolerance (m)</source>
            <translation>Zoekafstand dieptepunten (m)</translation>
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
            <source>{label}: {n} curved geometry(ies) turned into straight segments (at most 1 degree of arc each).</source>
            <translation>{label}: {n} gebogen geometrie(ën) omgezet in rechte segmenten (elk hoogstens 1 graad boog).</translation>
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
            <source>Template GeoPackage</source>
            <translation>Sjabloon-GeoPackage</translation>
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
            <location filename="../algorithms/models.py" />
            <source>The model {model} needs {algorithms}, which are not available.</source>
            <translation>Het model {model} heeft {algorithms} nodig; die zijn niet beschikbaar.</translation>
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

Method: horizontal gap h = max(0, 2D distance - trace width/2 - the obstacle's half width (diameter/2 for lines, radius for points, 0 for polygons)). Vertical intervals: trace [depth, depth + height], line [depth_m, depth_m + diameter_m], polygon and point [top_m, bottom_m] (empty top = 0, empty bottom = unbounded); v is their separation, 0 when they overlap. gap = sqrt(h^2 + v^2). A clash is gap = 0; a clearance conflict is a gap above 0 but below the required clearance from the Clearances table (symmetric, '*' as wildcard; the most specific row wins: an exact pair, then rows with one wildcard (the larger of two), then '*,*'). Bundled values are practice values (unverified): 0.25 m between small utilities, 0.5 m around heat, high-pressure gas and sewers, and 1.0 m between heat and drinking water (drinking water must stay below 25 C; no legal distance exists, KWR/Deltares; replace it by the distance agreed with the water company). Trees: radius 2.5 m from the tree centre to the trench edge (Liander after CROW 280).

Conflicts: one line per stretch of a trace in conflict with one obstacle, with the gaps, the required clearance and the chainage (m along the trace, running on over the parts of a multi-part trace). time_overlap tells whether the obstacle exists during the trace's life: a gas pipe removed before construction is still listed, with time_overlap false, so you see that the space frees up in time. Stretch ends and gaps are exact (computed, not sampled).

Opportunities: every planned work (work_type, valid_from, valid_to) within Coupling distance (m) of a trace whose period lies within Coupling years of the construction year, as a point on the trace nearest to the work.

Report: an HTML file with the summary, both tables, a longitudinal profile per trace (chainage x depth: the envelope and every crossing or parallel obstacle at its depth; conflicts highlighted, assumed depths hatched) and a time chart of the trace's life against the validity of the obstacles in conflict.

Inputs in another CRS are reprojected; 3D geometries are used in 2D (tick 'Use Z as depth' to take an empty depth from the Z values, as metres below ground level). Inputs are never changed.</source>
            <translation>Toetst of een gepland tracé (standaard een warmtenet) past tussen de kabels, leidingen, bomen en gereserveerde ruimte in de straat, in 3D en over zijn levensduur, en geeft de geplande werken waarmee het gecombineerd kan worden (meekoppelkansen).

Tracé: een lijnenlaag. Het ruimtebeslag is Breedte tracé breed (m) en loopt van Diepte tracé (bovenkant, m onder maaiveld) tot Diepte tracé + Hoogte tracé. Het tracé bestaat vanaf het aanlegjaar gedurende Levensduur jaren (standaard 60: een warmtenet ligt ongeveer 60 jaar). De velden depth_m, width_m, height_m, valid_from en valid_to van een tracé gaan voor deze waarden; een tracé met valid_from maar zonder valid_to bestaat Levensduur jaren vanaf valid_from.

Obstakels: een of meer lagen. Lijnen zijn kabels en leidingen (utility_type als IMKL-thema, depth_m = bovenkant buis, diameter_m); vlakken zijn gereserveerde ruimte, infiltratiekratten of bouwwerken (top_m, bottom_m); punten zijn bomen of putten (radius_m = horizontale omvang, top_m, bottom_m). Alle mogen valid_from en valid_to hebben (jaren of datums, leeg = open). Een kabel of leiding zonder diepte krijgt de standaard dieptelegging van zijn netbeheerder (standard_depth_m: de standaardDieptelegging uit KLIC, zoals KLIC-levering inlezen die schrijft) waar die er is. Elke andere ontbrekende diepte, diameter of straal komt uit de Tabel standaardwaarden (gangbare diepten uit het standaard ordeningsprofiel, niet-normatieve praktijkwaarden; KLIC-gegevens hebben vaak geen diepte). Conflicten die op een van beide berusten krijgen depth_assumed. Elke rij van de meegeleverde tabellen noemt zijn bron. Een laag zonder waarden in utility_type krijgt een soort uit zijn naam (boom/bomen/tree: boom, infiltratie/krat: infiltratiekrat, reserv: reservering, anders 'overig'). Onbekende soorten krijgen de rijen '*' van beide tabellen, met één waarschuwing per soort.

Methode: horizontale afstand h = max(0, 2D-afstand - breedte tracé/2 - de halve breedte van het obstakel (diameter/2 voor lijnen, straal voor punten, 0 voor vlakken)). Verticale intervallen: tracé [diepte, diepte + hoogte], lijn [depth_m, depth_m + diameter_m], vlak en punt [top_m, bottom_m] (lege bovenkant = 0, lege onderkant = onbegrensd); v is hun tussenruimte, 0 als ze overlappen. afstand = sqrt(h^2 + v^2). Een botsing is afstand = 0; een te kleine afstand is een afstand groter dan 0 maar kleiner dan de vereiste afstand uit de Tabel onderlinge afstanden (symmetrisch, '*' als jokerteken; de meest specifieke rij telt: een exact paar, dan rijen met één jokerteken (de grootste van twee), dan '*,*'). De meegeleverde waarden zijn praktijkwaarden (niet geverifieerd): 0,25 m tussen kleine kabels en leidingen, 0,5 m rond warmte, hogedruk gas en riolering, en 1,0 m tussen warmte en drinkwater (drinkwater moet onder 25 C blijven; een wettelijke afstand bestaat niet, KWR/Deltares; vervang de waarde door de afstand die met het drinkwaterbedrijf is afgesproken). Bomen: straal 2,5 m van het midden van de boom tot de rand van de sleuf (Liander naar CROW 280).

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
            <source>Cable/pipe standard depth field (the operator's standard laying depth, m; used where the depth is empty)</source>
            <translation>Veld standaarddiepte kabel/leiding (standaard dieptelegging van de netbeheerder, m; gebruikt waar de diepte leeg is)</translation>
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
            <location filename="../core/cumulation.py" />
            <source>The hotspot threshold must be larger than 0 (got {threshold}): every cell is at least 0, so the whole extent would be one hotspot.</source>
            <translation>De drempel voor brandpunten moet groter zijn dan 0 (opgegeven: {threshold}): elke cel is minstens 0, dus het hele gebied zou één brandpunt worden.</translation>
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
            <source>{file}: no XML root element</source>
            <translation>{file}: geen XML-hoofdelement</translation>
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
            <source>{file}: the XML contains a DOCTYPE declaration (entities); KLIC deliveries never do, so it is refused as unsafe</source>
            <translation>{file}: de XML bevat een DOCTYPE-declaratie (entiteiten); KLIC-leveringen hebben die nooit, dus het bestand is geweigerd als onveilig</translation>
        </message>
        <message>
            <location filename="../core/klic.py" />
            <source>{file}: the XML declares entities; refused as unsafe</source>
            <translation>{file}: de XML declareert entiteiten; geweigerd als onveilig</translation>
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
            <source>{file}: does not exist</source>
            <translation>{file}: bestaat niet</translation>
        </message>
        <message>
            <location filename="../core/klic.py" />
            <source>{file}: malformed XML at line {line}, column {column}: {error}</source>
            <translation>{file}: ongeldige XML op regel {line}, kolom {column}: {error}</translation>
        </message>
        <message>
            <location filename="../core/klic.py" />
            <source>{file}: cannot be read ({error})</source>
            <translation>{file}: kan niet worden gelezen ({error})</translation>
        </message>
        <message>
            <location filename="../core/klic.py" />
            <source>{folder}: no GI_gebiedsinformatielevering_*.xml or KLIC ZIP in this folder</source>
            <translation>{folder}: geen GI_gebiedsinformatielevering_*.xml of KLIC-ZIP in deze map</translation>
        </message>
        <message>
            <location filename="../core/klic.py" />
            <source>{file}: feature {id}: {error}</source>
            <translation>{file}: object {id}: {error}</translation>
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
            <source>conditional</source>
            <translation>voorwaardelijk</translation>
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
            <source>m below ground</source>
            <translation>m onder maaiveld</translation>
        </message>
        <message>
            <location filename="../core/suitability.py" />
            <source>Table {file}, row {row}, column 'bottom_m': the bottom ({bottom} m) must lie deeper than the top ({top} m).</source>
            <translation>Tabel {file}, rij {row}, kolom 'bottom_m': de onderkant ({bottom} m) moet dieper liggen dan de bovenkant ({top} m).</translation>
        </message>
        <message>
            <location filename="../core/suitability.py" />
            <source>Table {file}, row {row}, column 'function': '{function}' is listed twice.</source>
            <translation>Tabel {file}, rij {row}, kolom 'function': '{function}' staat er twee keer in.</translation>
        </message>
        <message>
            <location filename="../core/suitability.py" />
            <source>Table {file}, row {row}, column 'function': '{function}' is not in the functions table ({known}).</source>
            <translation>Tabel {file}, rij {row}, kolom 'function': '{function}' staat niet in de functietabel ({known}).</translation>
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
            <location filename="../core/suitability.py" />
            <source>Table {file}, row {row}, column '{column}': depths are metres below ground level and cannot be negative ({value}).</source>
            <translation>Tabel {file}, rij {row}, kolom '{column}': diepten zijn meters onder maaiveld en kunnen niet negatief zijn ({value}).</translation>
        </message>
        <message>
            <location filename="../core/suitability.py" />
            <source>not used</source>
            <translation>niet gebruikt</translation>
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
            <source>Add a lagenbenadering template (a new one, or an existing GeoPackage with occupatie_*, netwerk_* and ondergrond_* layers) to the map in three groups</source>
            <translation>Voeg een lagenbenadering-sjabloon (een nieuw sjabloon, of een bestaande GeoPackage met lagen occupatie_*, netwerk_* en ondergrond_*) in drie groepen aan de kaart toe</translation>
        </message>
        <message>
            <location filename="../gui/lagenbenadering.py" />
            <source>&amp;Ondergrond</source>
            <translation>&amp;Ondergrond</translation>
        </message>
        <message>
            <location filename="../gui/lagenbenadering.py" />
            <source>Lagenbenadering: choose a GeoPackage, or type a new name for an empty template</source>
            <translation>Lagenbenadering: kies een GeoPackage, of typ een nieuwe naam voor een leeg sjabloon</translation>
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
            <source>{path} added in three groups.</source>
            <translation>{path} is in drie groepen toegevoegd.</translation>
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
            <source>Conflicts along the trace</source>
            <translation>Conflicten langs het tracé</translation>
        </message>
        <message>
            <location filename="../models/ondergrond_gemeente.model3" />
            <source>Coupling opportunities</source>
            <translation>Meekoppelkansen</translation>
        </message>
        <message>
            <location filename="../models/ondergrond_gemeente.model3" />
            <source>Reservation check report (HTML)</source>
            <translation>Rapport reserveringstoets (HTML)</translation>
        </message>
        <message>
            <location filename="../models/ondergrond_gemeente.model3" />
            <source>Import the KLIC delivery</source>
            <translation>KLIC-levering inlezen</translation>
        </message>
        <message>
            <location filename="../models/ondergrond_gemeente.model3" />
            <source>4D reservation check of the trace</source>
            <translation>4D-reserveringstoets van het tracé</translation>
        </message>
        <message>
            <location filename="../models/ondergrond_gemeente.model3" />
            <source>The municipal chain for a planned cable or pipe trace: reads the KLIC delivery (the ZIP as the Kadaster sends it, its folder or its GI_gebiedsinformatielevering XML) into cables and pipes with their depth, then checks the trace in 4D against them and against the street's other claims (trees, reservations, infiltration crates): where it comes closer than the clearance of the rules table in plan, depth and time, and which planned works it could be combined with. Writes the conflicts, the coupling opportunities and an HTML report for the permit or design meeting. Depths are m below ground level; unknown KLIC depths use the standard-profile depths of rules/default_depths.csv. The defaults of both algorithms apply (see their help); open the model in the graphical modeler to change them.</source>
            <translation>De gemeentelijke keten voor een gepland kabel- of leidingtracé: leest de KLIC-levering in (de ZIP zoals het Kadaster die stuurt, de uitgepakte map of de GI_gebiedsinformatielevering-XML) tot kabels en leidingen met hun diepte, en toetst het tracé daarna in 4D aan die kabels en leidingen en aan de andere claims in de straat (bomen, reserveringen, infiltratiekratten): waar het in het platte vlak, in de diepte en in de tijd dichterbij komt dan de afstand uit de regeltabel, en met welke geplande werken het kan worden meegekoppeld. Schrijft de conflicten, de meekoppelkansen en een HTML-rapport voor het vergunnings- of ontwerpoverleg. Diepten zijn in m onder maaiveld; voor onbekende KLIC-diepten gelden de diepten van het standaardprofiel uit rules/default_depths.csv. De standaardwaarden van beide algoritmen gelden (zie hun help); open het model in de grafische modelbouwer om ze te wijzigen.</translation>
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
            <source>Protective clay layer depth for the boringsvrije zone (m below ground level)</source>
            <translation>Diepte beschermende kleilaag boringsvrije zone (m onder maaiveld)</translation>
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
            <source>The provincial chain for the subsurface: from the drinking-water abstraction wells, draws their protection zones (travel-time zones from the abstraction rate, aquifer thickness and porosity of each well, and the boringsvrije zone below the protective clay layer), then evaluates per depth band where each function (ground energy, geothermal, storage, ...) is suitable, conditional or excluded given those zones and the province's other claims, and finally maps where all claims stack up in one depth band and year (the cumulation heatmap: the sum of the claims' weight field, 1 for a claim without it). Depths are m below ground level; years are inclusive. The defaults of the three algorithms apply (see their help: the travel times 60 days, 25 and 100 years, the rules tables in rules/, cell size 25 m); open the model in the graphical modeler to change them.</source>
            <translation>De provinciale keten voor de ondergrond: tekent vanuit de drinkwaterwinputten hun beschermingszones (verblijftijdzones uit het onttrekkingsdebiet, de dikte van het watervoerend pakket en de porositeit van elke put, en de boringsvrije zone onder de beschermende kleilaag), beoordeelt daarna per dieptelaag waar elke functie (bodemenergie, geothermie, opslag, ...) geschikt, voorwaardelijk of uitgesloten is gegeven die zones en de overige claims van de provincie, en laat ten slotte zien waar alle claims zich opstapelen in één dieptelaag en één jaar (de stapelingskaart: de som van het veld weight van de claims, 1 voor een claim zonder dat veld). Diepten zijn in m onder maaiveld; jaren zijn inclusief. De standaardwaarden van de drie algoritmen gelden (zie hun help: de verblijftijden 60 dagen, 25 en 100 jaar, de regeltabellen in rules/, celgrootte 25 m); open het model in de grafische modelbouwer om ze te wijzigen.</translation>
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
            <source>Depth of the top of the protective clay layer: drilling below it is banned in the boringsvrije zone. Empty: no boringsvrije zone is drawn.</source>
            <translation>Diepte van de bovenkant van de beschermende kleilaag: in de boringsvrije zone is boren daaronder verboden. Leeg: er wordt geen boringsvrije zone getekend.</translation>
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
