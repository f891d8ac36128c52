"""Building small Processing models in a test: layer inputs, child steps wired to inputs, to other steps'
outputs or to fixed values, one model output, and running it (the way the graphical modeler does).

    model = new_model("zones to map", "wells")
    add_step(model, "zones", "ondergrond:drinkingwaterprotection", INPUT=model_input("wells"))
    add_step(model, "export", "ondergrond:exportmap", output=("map", "OUTPUT"),
             LAYERS=[model_input("wells"), step_output("zones", "OUTPUT")], TEMPLATE=5)
    result, context, name = run_model(model, "export", "map", "memory:", wells=layer)
"""


def new_model(name, *layer_inputs):
    """A model with one vector layer input per name in ``layer_inputs``."""
    from qgis.core import QgsProcessingModelAlgorithm, QgsProcessingModelParameter, QgsProcessingParameterVectorLayer

    model = QgsProcessingModelAlgorithm(name, "tests")
    for input_name in layer_inputs:
        model.addModelParameter(QgsProcessingParameterVectorLayer(input_name, input_name),
                                QgsProcessingModelParameter(input_name))
    return model


def model_input(name):
    from qgis.core import QgsProcessingModelChildParameterSource

    return QgsProcessingModelChildParameterSource.fromModelParameter(name)


def step_output(child_id, output):
    from qgis.core import QgsProcessingModelChildParameterSource

    return QgsProcessingModelChildParameterSource.fromChildOutput(child_id, output)


def add_step(model, child_id, algorithm_id, output=None, **parameters):
    """Add a child algorithm; a parameter is a source (model_input, step_output), a list of them, or a
    fixed value. ``output``: (model output name, the child's output) to expose as the model's result."""
    from qgis.core import (
        QgsProcessingModelChildAlgorithm,
        QgsProcessingModelChildParameterSource,
        QgsProcessingModelOutput,
    )

    child = QgsProcessingModelChildAlgorithm(algorithm_id)
    child.setChildId(child_id)
    for name, value in parameters.items():
        values = value if isinstance(value, list) else [value]
        child.addParameterSources(name, [
            v if isinstance(v, QgsProcessingModelChildParameterSource)
            else QgsProcessingModelChildParameterSource.fromStaticValue(v) for v in values])
    if output is not None:
        exposed = QgsProcessingModelOutput(output[0], output[0])
        exposed.setChildId(child_id)
        exposed.setChildOutputName(output[1])
        child.setModelOutputs({output[0]: exposed})
    model.addChildAlgorithm(child)  # the model keeps a copy: set everything before
    return child


def run_model(model, child_id, output, destination, extra=None, **inputs):
    """Run ``model`` with ``inputs`` and its output ``output`` (of step ``child_id``) written to
    ``destination``; (result, context, the output's parameter name: QGIS 3.40+ names it differently)."""
    import processing
    from qgis.core import QgsProcessingContext

    from ondergrond.compat import model_output_name

    name = model_output_name(model, child_id, output)
    context = QgsProcessingContext()
    result = processing.run(model, {**inputs, name: destination, **(extra or {})}, context=context)
    return result, context, name


def result_layer(context, result, name):
    """A model's layer result: memory outputs come back as layer ids held by the context."""
    layer = result[name]
    return context.getMapLayer(layer) if isinstance(layer, str) else layer
