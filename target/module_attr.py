"""The target as IR: a DLTI ``target_system_spec`` attribute on the module (upstream syntax).

    module attributes {dlti.target_system_spec = #dlti.target_system_spec<"CPU" =
        #dlti.target_device_spec<"name" = "znver3", "triple" = "x86_64-unknown-linux-gnu",
                                 "vector_bits" = 256 : i64, ...>>} { ... }

:func:`set_target` attaches a :class:`Target`, :func:`target_of` reads it back; it is the one
accessor every target-dependent pass uses (a module without the attribute targets the host).
``mlir-opt`` accepts the attribute as it is.
"""

from __future__ import annotations

from typing import Any

from xdsl.dialects.builtin import ArrayAttr, BoolAttr, IntegerAttr, ModuleOp, StringAttr, i64
from xdsl.dialects.dlti import DataLayoutEntryAttr, TargetDeviceSpecAttr, TargetSystemSpecAttr
from xdsl.ir import Attribute

from ember.diagnostics import EmberError
from ember.target.description import FIELD_TYPES, Target
from ember.target.host import host_target

ATTRIBUTE = "dlti.target_system_spec"
DEVICE = "CPU"


def _to_attr(value: Any) -> Attribute:
    if isinstance(value, bool):
        return BoolAttr.from_bool(value)
    if isinstance(value, int):
        return IntegerAttr(value, i64)
    return StringAttr(str(value))


def _from_attr(key: str, attr: Attribute) -> Any:
    expected = FIELD_TYPES[key]
    if expected is str and isinstance(attr, StringAttr):
        return attr.data
    if expected in (int, bool) and isinstance(attr, IntegerAttr):
        value = attr.value.data
        return bool(value) if expected is bool else value
    raise EmberError(f"{ATTRIBUTE}: entry '{key}' must be {expected.__name__}, got {attr}")


def target_attr(target: Target) -> TargetSystemSpecAttr:
    """The DLTI attribute describing ``target``."""
    entries = [DataLayoutEntryAttr(StringAttr(k), _to_attr(v)) for k, v in target.to_dict().items()]
    device = TargetDeviceSpecAttr(ArrayAttr(entries))
    return TargetSystemSpecAttr(ArrayAttr([DataLayoutEntryAttr(StringAttr(DEVICE), device)]))


def set_target(module: ModuleOp, target: Target) -> None:
    module.attributes[ATTRIBUTE] = target_attr(target)


def _device_entries(spec: Attribute) -> dict[str, Attribute]:
    if not isinstance(spec, TargetSystemSpecAttr):
        raise EmberError(f"{ATTRIBUTE} must be a #dlti.target_system_spec, got {spec}")
    for entry in spec.entries:
        if isinstance(entry.key, StringAttr) and entry.key.data == DEVICE:
            device = entry.value
            if isinstance(device, TargetDeviceSpecAttr):
                return {e.key.data: e.value for e in device.entries if isinstance(e.key, StringAttr)}
    raise EmberError(f'{ATTRIBUTE} has no "{DEVICE}" #dlti.target_device_spec')


def target_of(module: ModuleOp) -> Target:
    """The module's target (the host when it names none); the one accessor passes use."""
    spec = module.attributes.get(ATTRIBUTE)
    if spec is None:
        return host_target()
    entries = _device_entries(spec)
    missing = [k for k in ("name", "triple", "cpu") if k not in entries]
    if missing:
        raise EmberError(f"{ATTRIBUTE}: the CPU device spec lacks {', '.join(missing)}")
    unknown = sorted(set(entries) - set(FIELD_TYPES))
    if unknown:
        raise EmberError(f"{ATTRIBUTE}: unknown entries {', '.join(unknown)}")
    return Target(**{k: _from_attr(k, v) for k, v in entries.items()})  # type: ignore[arg-type]
