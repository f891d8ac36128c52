<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<!-- Cumulation heatmap: viridis (perceptually uniform, colour-blind safe); 0 = transparent.
     The ramp is defined on 0..1; the algorithm stretches it to the raster's largest value. -->
<qgis version="3.22.16-Białowieża" styleCategories="AllStyleCategories" hasScaleBasedVisibilityFlag="0" minScale="1e+08" maxScale="0">
  <pipe>
    <provider>
      <resampling enabled="false" zoomedInResamplingMethod="nearestNeighbour" zoomedOutResamplingMethod="nearestNeighbour" maxOversampling="2"/>
    </provider>
    <rasterrenderer type="singlebandpseudocolor" band="1" opacity="0.85" alphaBand="-1" classificationMin="0" classificationMax="1" nodataColor="">
      <rasterTransparency/>
      <minMaxOrigin>
        <limits>None</limits>
        <extent>WholeRaster</extent>
        <statAccuracy>Exact</statAccuracy>
        <cumulativeCutLower>0.02</cumulativeCutLower>
        <cumulativeCutUpper>0.98</cumulativeCutUpper>
        <stdDevFactor>2</stdDevFactor>
      </minMaxOrigin>
      <rastershader>
        <colorrampshader colorRampType="INTERPOLATED" classificationMode="1" clip="0" minimumValue="0" maximumValue="1" labelPrecision="2">
          <item alpha="0" value="0" label="" color="#440154"/>
          <item alpha="255" value="0.0001" label="" color="#440154"/>
          <item alpha="255" value="0.111111" label="" color="#482878"/>
          <item alpha="255" value="0.222222" label="" color="#3e4989"/>
          <item alpha="255" value="0.333333" label="" color="#31688e"/>
          <item alpha="255" value="0.444444" label="" color="#26828e"/>
          <item alpha="255" value="0.555556" label="" color="#1f9e89"/>
          <item alpha="255" value="0.666667" label="" color="#35b779"/>
          <item alpha="255" value="0.777778" label="" color="#6ece58"/>
          <item alpha="255" value="0.888889" label="" color="#b5de2b"/>
          <item alpha="255" value="1" label="" color="#fde725"/>
        </colorrampshader>
      </rastershader>
    </rasterrenderer>
    <brightnesscontrast brightness="0" contrast="0" gamma="1"/>
    <huesaturation saturation="0" grayscaleMode="0" colorizeOn="0" colorizeRed="255" colorizeGreen="128" colorizeBlue="128" colorizeStrength="100"/>
    <rasterresampler maxOversampling="2"/>
    <resamplingStage>resamplingFilter</resamplingStage>
  </pipe>
  <blendMode>0</blendMode>
</qgis>
