"""The graph dialect: ember's high-level dataflow ops on ranked tensors.

Ops carry ONNX-level meaning without ONNX's quirks: explicit static properties, result types
inferred at construction (``Op.make(operands, props)``), a verifier naming the op and the broken
rule, and reference semantics in numpy (``op.evaluate(*arrays)``). This package sits at the top
of the pipeline: the ONNX frontend produces it, graph passes rewrite it, and
``convert-graph-to-linalg`` lowers it to the tensor stage.
"""

from xdsl.ir import Dialect

from ember.dialects.graph.base import *  # noqa: F403
from ember.dialects.graph.base import GraphOp, ShapeError
from ember.dialects.graph.control import CONTROL_OPS, IfOp, LoopOp, YieldOp
from ember.dialects.graph.dims import DimsAttr
from ember.dialects.graph.elementwise import *  # noqa: F403
from ember.dialects.graph.elementwise import BINARY_OPS, ELEMENTWISE_OPS, UNARY_OPS
from ember.dialects.graph.enums import *  # noqa: F403
from ember.dialects.graph.enums import ENUM_ATTRS
from ember.dialects.graph.nn import *  # noqa: F403
from ember.dialects.graph.nn import NN_OPS
from ember.dialects.graph.shape import *  # noqa: F403
from ember.dialects.graph.shape import SHAPE_OPS

ALL_OPS: tuple[type[GraphOp], ...] = (*ELEMENTWISE_OPS, *NN_OPS, *SHAPE_OPS)

Graph = Dialect("graph", [*ALL_OPS, *CONTROL_OPS], [*ENUM_ATTRS, DimsAttr])

__all__ = ["ALL_OPS", "CONTROL_OPS", "IfOp", "LoopOp", "YieldOp", "DimsAttr", "BINARY_OPS", "ENUM_ATTRS", "UNARY_OPS", "Graph", "GraphOp", "ShapeError"]
