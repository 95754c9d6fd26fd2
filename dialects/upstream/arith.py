"""arith ops missing from xDSL 0.74: ``arith.remf``."""

from __future__ import annotations

from xdsl.dialects import arith
from xdsl.irdl import irdl_op_definition, traits_def
from xdsl.traits import Pure

from ember.dialects.upstream import extend


@irdl_op_definition
class RemFOp(arith.FloatingPointLikeBinaryOperation):
    """Floating-point remainder (C ``fmod``): the result has the sign of the dividend."""

    name = "arith.remf"

    traits = traits_def(Pure())


ARITH = extend(arith.Arith, [RemFOp])
