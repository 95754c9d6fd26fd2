"""Typed mode properties of the graph dialect: each ONNX string-valued mode is a `StrEnum` and
an xDSL `EnumAttribute` over it.

Ops declare these as ``enum_prop(PadModeAttr, PadMode.CONSTANT)`` (a property with a default)
so the IRDL verifier rejects any other attribute, listing the allowed values, and the reference semantics dispatch on enum members through tables,
never on strings compared by hand. In the custom syntax an op prints the bare keyword
(``graph.pad %x mode reflect {...}``); the generic form spells the attribute
``#graph<pad_mode reflect>``. Builders may still pass a plain ``StringAttr``: `coerce_enum_props`
turns it into the typed attribute (this is what `GraphOp.make` does).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from xdsl.dialects.builtin import StringAttr
from xdsl.dialects.utils.enum_attribute import EnumAttribute
from xdsl.ir import Attribute, SpacedOpaqueSyntaxAttribute
from xdsl.irdl import BaseAttr, VerificationContext, irdl_attr_definition, prop_def
from xdsl.utils.exceptions import VerifyException
from xdsl.utils.str_enum import StrEnum


class GeluApproximate(StrEnum):
    """How `graph.gelu` computes the Gaussian CDF: exactly (erf) or with the tanh formula."""

    NONE = "none"
    TANH = "tanh"


class PadMode(StrEnum):
    """What `graph.pad` writes into the padding."""

    CONSTANT = "constant"
    REFLECT = "reflect"
    EDGE = "edge"
    WRAP = "wrap"


class ResizeMode(StrEnum):
    """Interpolation of `graph.resize`."""

    NEAREST = "nearest"
    LINEAR = "linear"


class CoordinateTransformationMode(StrEnum):
    """How `graph.resize` maps an output coordinate back into the input (ONNX names)."""

    HALF_PIXEL = "half_pixel"
    HALF_PIXEL_SYMMETRIC = "half_pixel_symmetric"
    PYTORCH_HALF_PIXEL = "pytorch_half_pixel"
    ALIGN_CORNERS = "align_corners"
    ASYMMETRIC = "asymmetric"


class NearestMode(StrEnum):
    """How `graph.resize` rounds a fractional source coordinate in nearest mode."""

    ROUND_PREFER_FLOOR = "round_prefer_floor"
    ROUND_PREFER_CEIL = "round_prefer_ceil"
    FLOOR = "floor"
    CEIL = "ceil"


@irdl_attr_definition
class GeluApproximateAttr(EnumAttribute[GeluApproximate], SpacedOpaqueSyntaxAttribute):
    """`#graph<gelu_approximate tanh>`."""

    name = "graph.gelu_approximate"


@irdl_attr_definition
class PadModeAttr(EnumAttribute[PadMode], SpacedOpaqueSyntaxAttribute):
    """`#graph<pad_mode reflect>`."""

    name = "graph.pad_mode"


@irdl_attr_definition
class ResizeModeAttr(EnumAttribute[ResizeMode], SpacedOpaqueSyntaxAttribute):
    """`#graph<resize_mode linear>`."""

    name = "graph.resize_mode"


@irdl_attr_definition
class CoordinateTransformationModeAttr(
    EnumAttribute[CoordinateTransformationMode], SpacedOpaqueSyntaxAttribute
):
    """`#graph<coordinate_transformation_mode align_corners>`."""

    name = "graph.coordinate_transformation_mode"


@irdl_attr_definition
class NearestModeAttr(EnumAttribute[NearestMode], SpacedOpaqueSyntaxAttribute):
    """`#graph<nearest_mode floor>`."""

    name = "graph.nearest_mode"


ENUM_ATTRS: tuple[type[EnumAttribute[StrEnum]], ...] = (
    GeluApproximateAttr,
    PadModeAttr,
    ResizeModeAttr,
    CoordinateTransformationModeAttr,
    NearestModeAttr,
)  # type: ignore[assignment]


@dataclass(frozen=True)
class EnumConstraint(BaseAttr[EnumAttribute[StrEnum]]):
    """`BaseAttr` of an enum attribute, whose error lists the allowed values and the syntax."""

    def verify(self, attr: Attribute, constraint_context: VerificationContext) -> None:
        if isinstance(attr, self.attr):
            return
        enum_attr: type[EnumAttribute[StrEnum]] = self.attr
        choices = ", ".join(member.value for member in enum_attr.enum_type)
        kind = enum_attr.name.removeprefix("graph.")
        raise VerifyException(
            f"expected a {kind} ({choices}; generic form #graph<{kind} ...>), got {attr}"
        )


def enum_prop(attr: type[EnumAttribute[Any]], default: StrEnum) -> Any:
    """A property holding the enum attribute ``attr``, ``default`` when absent."""
    return prop_def(EnumConstraint(attr), default_value=attr(default))


class EnumValueError(ValueError):
    """A string given for an enum property is not one of its values."""


def coerce_enum_props(
    op_class: type, properties: Mapping[str, Attribute]
) -> dict[str, Attribute]:
    """Replace ``StringAttr`` values of enum-typed properties of ``op_class`` by the enum attribute.

    Raises `EnumValueError` naming the property and the allowed values when a string is not one
    of them. Other properties pass through unchanged.
    """
    definitions = op_class.get_irdl_definition().properties  # type: ignore[attr-defined]
    out = dict(properties)
    for name, value in properties.items():
        definition = definitions.get(name)
        if definition is None or not isinstance(value, StringAttr):
            continue
        constraint = definition.constr
        if not isinstance(constraint, BaseAttr) or not issubclass(constraint.attr, EnumAttribute):
            continue
        enum_attr: type[EnumAttribute[StrEnum]] = constraint.attr
        choices = [member.value for member in enum_attr.enum_type]
        if value.data not in choices:
            raise EnumValueError(
                f"property '{name}' must be one of {', '.join(choices)}, got '{value.data}'"
            )
        out[name] = enum_attr(enum_attr.enum_type(value.data))
    return out
