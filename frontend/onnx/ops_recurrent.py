"""ONNX LSTM, GRU and RNN, decomposed into graph ops at import (the time loop unrolled).

The sequence length is a static dim, so the time loop is unrolled here; ``docs/recurrent.md``
describes the decomposition and its cost. Per direction:

- the input projection ``X @ W^T + bias`` of every time step is ONE ``graph.gemm`` over
  ``(seq * batch, input)`` (it reaches the matmul kernel), split once into per-step
  ``(batch, gates * hidden)`` blocks;
- each step does only the recurrent ``H @ R^T`` (a ``graph.gemm`` whose C operand is that step's
  projection block) and the gates' elementwise math (activations, optional clip, peepholes);
- ``sequence_lens`` (data, may be a graph input) becomes a ``(seq, batch)`` mask ``t < len[b]``:
  a step past a sequence's end keeps the previous state (``graph.where``), so Y_h / Y_c are the
  state at the last valid step, and Y is zeroed there. A reverse direction walks t = seq-1 .. 0
  with the same mask, which is the same as starting at each sequence's own last element.

Activation names are matched case-insensitively; ``activation_alpha`` / ``activation_beta`` are
consumed in order by the activations that take them (as onnxruntime does), with the ONNX
defaults when the lists run out. Outputs that are not requested are not built.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import onnx
from xdsl.ir import SSAValue

from ember.diagnostics import UnsupportedError
from ember.dialects import graph
from ember.frontend.onnx.builder import NodeContext
from ember.frontend.onnx.table import converter

MAX_UNROLLED_STEPS = 1024
"""The longest sequence a recurrent op is unrolled for (compile time grows with each step:
about 0.3 s per LSTM step, docs/recurrent.md); longer ones are refused rather than hanging."""

Activation = Callable[[SSAValue], SSAValue]
Builder = Callable[[NodeContext, SSAValue, float, float], SSAValue]
"""Builds an activation of x with its (alpha, beta)."""

# ---- activation functions ----------------------------------------------------------------------


def _scaled_tanh(cx: NodeContext, x: SSAValue, alpha: float, beta: float) -> SSAValue:
    inner = cx.value(graph.TanhOp, [cx.value(graph.MulOp, [x, cx.constant(beta, like=x)])])
    return cx.value(graph.MulOp, [inner, cx.constant(alpha, like=x)])


def _affine(cx: NodeContext, x: SSAValue, alpha: float, beta: float) -> SSAValue:
    scaled = cx.value(graph.MulOp, [x, cx.constant(alpha, like=x)])
    return cx.value(graph.AddOp, [scaled, cx.constant(beta, like=x)])


def _thresholded_relu(cx: NodeContext, x: SSAValue, alpha: float, beta: float) -> SSAValue:
    above = cx.value(graph.GreaterOp, [x, cx.constant(alpha, like=x)])
    return cx.value(graph.WhereOp, [above, x, cx.constant(0, like=x)])


def _softsign(cx: NodeContext, x: SSAValue, alpha: float, beta: float) -> SSAValue:
    denom = cx.value(graph.AddOp, [cx.value(graph.AbsOp, [x]), cx.constant(1, like=x)])
    return cx.value(graph.DivOp, [x, denom])


def _plain(cls: type[graph.GraphOp]) -> Builder:
    return lambda cx, x, alpha, beta: cx.value(cls, [x])


def _with_alpha(cls: type[graph.GraphOp]) -> Builder:
    return lambda cx, x, alpha, beta: cx.value(cls, [x], {"alpha": graph.float_attr(alpha)})


def _hard_sigmoid(cx: NodeContext, x: SSAValue, alpha: float, beta: float) -> SSAValue:
    props = {"alpha": graph.float_attr(alpha), "beta": graph.float_attr(beta)}
    return cx.value(graph.HardSigmoidOp, [x], props)


ACTIVATIONS: dict[str, tuple[Builder, tuple[float, ...], tuple[float, ...]]] = {
    "relu": (_plain(graph.ReluOp), (), ()),
    "tanh": (_plain(graph.TanhOp), (), ()),
    "sigmoid": (_plain(graph.SigmoidOp), (), ()),
    "softplus": (_plain(graph.SoftplusOp), (), ()),
    "softsign": (_softsign, (), ()),
    "affine": (_affine, (1.0,), (0.0,)),  # onnxruntime: 0.0, 0.0 (see docs/recurrent.md)
    "leakyrelu": (_with_alpha(graph.LeakyReluOp), (0.01,), ()),
    "thresholdedrelu": (_thresholded_relu, (1.0,), ()),  # onnxruntime: 0.0
    "scaledtanh": (_scaled_tanh, (1.0,), (1.0,)),  # onnxruntime: 0.0, 0.0
    "hardsigmoid": (_hard_sigmoid, (0.2,), (0.5,)),
    "elu": (_with_alpha(graph.EluOp), (1.0,), ()),
}  # fmt: skip
"""name (lower case) -> (builder, default alpha (if it takes one), default beta (if it takes one))."""


def _activations(cx: NodeContext, defaults: Sequence[str], directions: int) -> list[list[Activation]]:
    """The activation functions of each direction, bound to their alpha / beta."""
    names = list(_strings(cx, "activations") or defaults * directions)
    if len(names) == len(defaults) and directions == 2:
        names = names * 2  # one list for both directions, as onnxruntime accepts
    if len(names) != len(defaults) * directions:
        raise cx.error(f"attribute 'activations' has {len(names)} names, expected {len(defaults) * directions}")
    alphas = list(cx.attrs.floats("activation_alpha", ()) or ())
    betas = list(cx.attrs.floats("activation_beta", ()) or ())
    bound = [_bind(cx, name, alphas, betas) for name in names]
    per = len(defaults)
    return [bound[d * per : (d + 1) * per] for d in range(directions)]


def _strings(cx: NodeContext, name: str) -> list[str] | None:
    if not cx.attrs.has(name):
        return None
    attr = next(a for a in cx.node.attribute if a.name == name)
    if attr.type != onnx.AttributeProto.STRINGS:
        raise cx.attrs.error(name, f"must be of kind STRINGS, got {onnx.AttributeProto.AttributeType.Name(attr.type)}")
    return [s.decode("utf-8") for s in attr.strings]


def _bind(cx: NodeContext, name: str, alphas: list[float], betas: list[float]) -> Activation:
    entry = ACTIVATIONS.get(name.lower())
    if entry is None:
        raise cx.error(f"activation '{name}' is not one ONNX defines for recurrent ops ({', '.join(sorted(ACTIVATIONS))})")
    build, alpha_default, beta_default = entry
    alpha = (alphas.pop(0) if alphas else alpha_default[0]) if alpha_default else 0.0
    beta = (betas.pop(0) if betas else beta_default[0]) if beta_default else 0.0
    return lambda x: build(cx, x, alpha, beta)


# ---- the layer: inputs, directions, masks, outputs ---------------------------------------------


@dataclass
class Layer:
    """What LSTM, GRU and RNN share: shapes, directions, per-step masks, per-direction inputs."""

    cx: NodeContext
    gates: int
    seq: int
    batch: int
    hidden: int
    directions: int
    layout: int
    clip: float | None
    acts: list[list[Activation]]
    masks: list[SSAValue] | None = None
    """Per step, a (batch, 1) bool: the step is inside the sequence (None: every step is)."""
    seq_mask: SSAValue | None = None
    """(seq, 1, batch, 1) bool for Y (None: no masking)."""
    nonempty: SSAValue | None = None
    """(batch, 1) bool: len[b] > 0 (an empty sequence's Y_h / Y_c are 0, as in onnxruntime)."""
    rows: SSAValue | None = None
    """X as (seq * batch, input), time-major."""
    _zeros: SSAValue | None = None

    def per_direction(self, index: int, axis: int) -> list[SSAValue | None]:
        """Input ``index`` split along its direction axis (None per direction when absent)."""
        value = self.cx.optional(index)
        if value is None:
            return [None] * self.directions
        pieces = [value]
        if self.directions == 2:
            pieces = self.cx.emit(graph.SplitOp, [value], {"axis": graph.int_attr(axis), "sizes": graph.ints_attr([1, 1])})
        return [self.cx.value(graph.SqueezeOp, [p], {"axes": graph.ints_attr([axis])}) for p in pieces]

    def state_axis(self) -> int:
        return 1 if self.layout else 0

    def clipped(self, x: SSAValue) -> SSAValue:
        if self.clip is None:
            return x
        props = {"min": graph.float_attr(-self.clip), "max": graph.float_attr(self.clip)}
        return self.cx.value(graph.ClipOp, [x], props)

    def zeros(self) -> SSAValue:
        """A (batch, hidden) zero state."""
        if self._zeros is None:
            dtype = graph.numpy_dtype(self.cx.elem(0))
            self._zeros = self.cx.constant(np.zeros((self.batch, self.hidden), dtype))
        return self._zeros


def _layer(cx: NodeContext, gates: int, defaults: Sequence[str]) -> Layer:
    direction = cx.attrs.str_("direction", "forward", choices=("forward", "reverse", "bidirectional"))
    directions = 2 if direction == "bidirectional" else 1
    layout = cx.attrs.int_("layout", 0)
    if layout not in (0, 1):
        raise cx.error(f"attribute 'layout' is {layout}, ONNX defines 0 and 1")
    x_shape = cx.shape(0)
    if len(x_shape) != 3:
        raise cx.error(f"X must be 3-D, got shape {x_shape}")
    seq, batch = (x_shape[1], x_shape[0]) if layout else (x_shape[0], x_shape[1])
    if seq < 0 or batch < 0:
        raise cx.error(f"X has a dynamic {'sequence length' if seq < 0 else 'batch'} dim; ember unrolls recurrent ops and needs it static")
    if seq > MAX_UNROLLED_STEPS:
        raise UnsupportedError(f"{cx.label}: a sequence of {seq} steps is not supported yet (ember unrolls recurrent ops, at most {MAX_UNROLLED_STEPS} steps)")
    w_shape = cx.shape(1)
    hidden = cx.attrs.int_("hidden_size", w_shape[1] // gates)
    if w_shape[0] != directions or w_shape[1] != gates * hidden:
        raise cx.error(f"W has shape {w_shape}, expected ({directions}, {gates * hidden}, input) for direction '{direction}' and hidden_size {hidden}")
    clip = cx.attrs.float_("clip", None) if cx.attrs.has("clip") else None
    acts = _activations(cx, defaults, directions)
    layer = Layer(cx, gates, seq, batch, hidden, directions, layout, clip, acts)
    _masks(layer)
    _rows(layer)
    return layer


def _masks(layer: Layer) -> None:
    """Per-step masks from sequence_lens; none when it is absent or statically all full."""
    cx = layer.cx
    lens = cx.optional(4)
    if lens is None:
        return
    known = cx.builder.static(lens)
    if known is not None and bool(np.all(np.asarray(known) >= layer.seq)):
        return
    ramp = cx.constant(np.arange(layer.seq).reshape(layer.seq, 1), like=lens)
    row = cx.value(graph.ReshapeOp, [lens], {"shape": graph.ints_attr([1, layer.batch])})
    valid = cx.value(graph.LessOp, [ramp, row])  # (seq, batch)
    flat = cx.value(graph.ReshapeOp, [valid], {"shape": graph.ints_attr([layer.seq * layer.batch, 1])})
    layer.masks = _split_steps(layer, flat)
    if known is None or not bool(np.all(np.asarray(known) > 0)):
        column = cx.value(graph.ReshapeOp, [lens], {"shape": graph.ints_attr([layer.batch, 1])})
        layer.nonempty = cx.value(graph.LessOp, [cx.constant(0, like=lens), column])
    layer.seq_mask = cx.value(graph.ReshapeOp, [valid], {"shape": graph.ints_attr([layer.seq, 1, layer.batch, 1])})


def _split_steps(layer: Layer, rows: SSAValue) -> list[SSAValue]:
    """(seq * batch, n) -> seq blocks of (batch, n)."""
    if layer.seq == 1:
        return [rows]
    props = {"axis": graph.int_attr(0), "sizes": graph.ints_attr([layer.batch] * layer.seq)}
    return layer.cx.emit(graph.SplitOp, [rows], props)


def _rows(layer: Layer) -> None:
    """X as (seq * batch, input) rows, time-major (layout 1 is transposed first)."""
    cx = layer.cx
    x = cx.input(0)
    if layer.layout:
        x = cx.value(graph.TransposeOp, [x], {"perm": graph.ints_attr([1, 0, 2])})
    width = cx.shape(0)[2]
    layer.rows = cx.value(graph.ReshapeOp, [x], {"shape": graph.ints_attr([layer.seq * layer.batch, width])})


def _project(layer: Layer, w: SSAValue, bias: SSAValue | None) -> list[SSAValue]:
    """All time steps' ``X @ W^T + bias`` as one gemm, split into per-step blocks."""
    rows = layer.cx.value(graph.GemmOp, [layer.rows, w, bias], {"trans_b": graph.int_attr(1)})
    return _split_steps(layer, rows)


def _split(cx: NodeContext, x: SSAValue, sizes: Sequence[int], axis: int = -1) -> list[SSAValue]:
    return cx.emit(graph.SplitOp, [x], {"axis": graph.int_attr(axis), "sizes": graph.ints_attr(list(sizes))})


def _recur(cx: NodeContext, h: SSAValue | None, r: SSAValue, c: SSAValue | None) -> SSAValue:
    """``h @ r^T + c``; just ``c`` when h is the zero initial state (None)."""
    if h is None:
        assert c is not None
        return c
    return cx.value(graph.GemmOp, [h, r, c], {"trans_b": graph.int_attr(1)})


def _bias_halves(layer: Layer, b: SSAValue | None) -> tuple[SSAValue | None, SSAValue | None]:
    """Wb and Rb of one direction (each (gates * hidden,)), or None when B is absent."""
    if b is None:
        return None, None
    size = layer.gates * layer.hidden
    wb, rb = _split(layer.cx, b, [size, size], 0)
    return wb, rb


# ---- the three cells -----------------------------------------------------------------------------

State = tuple[SSAValue | None, ...]
"""(H,) or (H, C); None stands for the zero initial state."""


class Cell:
    """One direction's weights and its step function."""

    def __init__(self, layer: Layer, d: int, w: SSAValue, r: SSAValue, b: SSAValue | None) -> None:
        self.layer, self.cx, self.d = layer, layer.cx, d
        self.r = r
        self.wb, self.rb = _bias_halves(layer, b)
        self.projections = _project(layer, w, self.projection_bias())

    def projection_bias(self) -> SSAValue | None:
        if self.wb is None or self.rb is None:
            return None
        return self.cx.value(graph.AddOp, [self.wb, self.rb])

    def act(self, index: int, x: SSAValue) -> SSAValue:
        return self.layer.acts[self.d][index](self.layer.clipped(x))

    def step(self, t: int, state: State) -> State:
        raise NotImplementedError


class RnnCell(Cell):
    """Ht = f(Xt W^T + Ht-1 R^T + Wb + Rb)."""

    def step(self, t: int, state: State) -> State:
        return (self.act(0, _recur(self.cx, state[0], self.r, self.projections[t])),)


class LstmCell(Cell):
    """Gates i, o, f, c; optional peepholes P = (Pi, Po, Pf) and coupled input/forget gates."""

    def __init__(self, layer: Layer, d: int, w: SSAValue, r: SSAValue, b: SSAValue | None, p: SSAValue | None) -> None:
        super().__init__(layer, d, w, r, b)
        h = layer.hidden
        self.peep = None if p is None else _split(self.cx, p, [h, h, h], 0)
        self.coupled = layer.cx.attrs.int_("input_forget", 0) != 0

    def peephole(self, pre: SSAValue, which: int, c: SSAValue | None) -> SSAValue:
        if self.peep is None or c is None:
            return pre
        return self.cx.value(graph.AddOp, [pre, self.cx.value(graph.MulOp, [self.peep[which], c])])

    def forget(self, pre_f: SSAValue, i: SSAValue, c_prev: SSAValue | None) -> SSAValue:
        if self.coupled:
            return self.cx.value(graph.SubOp, [self.cx.constant(1, like=i), i])
        return self.act(0, self.peephole(pre_f, 2, c_prev))

    def step(self, t: int, state: State) -> State:
        cx, h = self.cx, self.layer.hidden
        h_prev, c_prev = state
        pre_i, pre_o, pre_f, pre_c = _split(cx, _recur(cx, h_prev, self.r, self.projections[t]), [h] * 4)
        i = self.act(0, self.peephole(pre_i, 0, c_prev))
        f = self.forget(pre_f, i, c_prev)
        c = cx.value(graph.MulOp, [i, self.act(1, pre_c)])
        if c_prev is not None:
            c = cx.value(graph.AddOp, [cx.value(graph.MulOp, [f, c_prev]), c])
        o = self.act(0, self.peephole(pre_o, 1, c))
        return cx.value(graph.MulOp, [o, self.layer.acts[self.d][2](c)]), c


class GruCell(Cell):
    """Gates z, r, h; ``linear_before_reset`` picks where Rbh and the reset gate apply.

    With linear_before_reset = 0 every bias goes into the projection and the recurrent term is
    two gemms (z and r from Ht-1, then h from r . Ht-1). With 1 the projection holds Wb and Rbz,
    Rbr; one gemm ``Ht-1 R^T + (0, 0, Rbh)`` gives all three recurrent terms."""

    def __init__(self, layer: Layer, d: int, w: SSAValue, r: SSAValue, b: SSAValue | None) -> None:
        self.before_reset = layer.cx.attrs.int_("linear_before_reset", 0) != 0
        super().__init__(layer, d, w, r, b)
        h = layer.hidden
        self.r_zr, self.r_h = _split(self.cx, r, [2 * h, h], 0)
        self.rb_h = None if self.rb is None else _split(self.cx, self.rb, [2 * h, h], 0)[1]

    def _padded(self, value: SSAValue, first: bool) -> SSAValue:
        """(2h,) -> (2h + h,) with zeros after it (first) or (h,) -> (2h + h,) with zeros before."""
        h = self.layer.hidden
        zeros = self.cx.constant(np.zeros(h if first else 2 * h), like=value)
        pieces = [value, zeros] if first else [zeros, value]
        return self.cx.value(graph.ConcatOp, pieces, {"axis": graph.int_attr(0)})

    def projection_bias(self) -> SSAValue | None:
        if self.wb is None or self.rb is None or not self.before_reset:
            return super().projection_bias()
        rb_zr = _split(self.cx, self.rb, [2 * self.layer.hidden, self.layer.hidden], 0)[0]
        return self.cx.value(graph.AddOp, [self.wb, self._padded(rb_zr, True)])

    def recurrent(self, h_prev: SSAValue | None) -> tuple[SSAValue | None, SSAValue | None]:
        """linear_before_reset: Ht-1 R^T split as (zr, h), with Rbh added to h."""
        if h_prev is None:
            return None, self.rb_h
        c = None if self.rb_h is None else self._padded(self.rb_h, False)
        both = self.cx.value(graph.GemmOp, [h_prev, self.r, c], {"trans_b": graph.int_attr(1)})
        h = self.layer.hidden
        zr, hh = _split(self.cx, both, [2 * h, h])
        return zr, hh

    def candidate(self, x_h: SSAValue, r: SSAValue, h_prev: SSAValue | None, hr_h: SSAValue | None) -> SSAValue:
        """g(Xt Wh^T + Wbh + (r . Ht-1) Rh^T + Rbh), or g(... + r . (Ht-1 Rh^T + Rbh))."""
        cx = self.cx
        if self.before_reset:
            if hr_h is None:
                return self.act(1, x_h)
            return self.act(1, cx.value(graph.AddOp, [x_h, cx.value(graph.MulOp, [r, hr_h])]))
        if h_prev is None:
            return self.act(1, x_h)
        return self.act(1, _recur(cx, cx.value(graph.MulOp, [r, h_prev]), self.r_h, x_h))

    def step(self, t: int, state: State) -> State:
        cx, h = self.cx, self.layer.hidden
        (h_prev,) = state
        x_zr, x_h = _split(cx, self.projections[t], [2 * h, h])
        hr_h: SSAValue | None = None
        if self.before_reset:
            hr_zr, hr_h = self.recurrent(h_prev)
            pre_zr = x_zr if hr_zr is None else cx.value(graph.AddOp, [x_zr, hr_zr])
        else:
            pre_zr = x_zr if h_prev is None else _recur(cx, h_prev, self.r_zr, x_zr)
        z, r = _split(cx, self.act(0, pre_zr), [h, h])
        cand = self.candidate(x_h, r, h_prev, hr_h)
        if h_prev is None:  # (1 - z) . cand
            return (cx.value(graph.SubOp, [cand, cx.value(graph.MulOp, [z, cand])]),)
        # (1 - z) . cand + z . Ht-1  =  cand + z . (Ht-1 - cand)
        return (cx.value(graph.AddOp, [cand, cx.value(graph.MulOp, [z, cx.value(graph.SubOp, [h_prev, cand])])]),)


# ---- running the directions and assembling the outputs -------------------------------------------


def _initial(layer: Layer, count: int) -> list[State]:
    """Per direction, the initial (H,) or (H, C): initial_h is input 5, initial_c input 6."""
    inputs = [layer.per_direction(5 + k, layer.state_axis()) for k in range(count)]
    return [tuple(inputs[k][d] for k in range(count)) for d in range(layer.directions)]


def _run(layer: Layer, cell: Cell, state: State, reverse: bool) -> tuple[list[SSAValue], State]:
    """Unroll one direction: the H of every step (by time index) and the final state."""
    order = range(layer.seq - 1, -1, -1) if reverse else range(layer.seq)
    by_time: dict[int, SSAValue] = {}
    for t in order:
        new = cell.step(t, state)
        if layer.masks is not None:
            new = tuple(_keep(layer, layer.masks[t], n, s) for n, s in zip(new, state, strict=True))
        state = new
        by_time[t] = new[0]  # type: ignore[assignment]  (a step's result is never None)
    hs = [by_time[t] for t in range(layer.seq)]
    return hs, state


def _keep(layer: Layer, mask: SSAValue, new: SSAValue | None, old: SSAValue | None) -> SSAValue:
    """The new state where the step is valid, else the previous one."""
    assert new is not None
    return layer.cx.value(graph.WhereOp, [mask, new, layer.zeros() if old is None else old])


def _recurrence(layer: Layer, cells: list[Cell], count: int) -> list[SSAValue]:
    """Run every direction and build Y and the final states (Y_h, and Y_c when count is 2)."""
    cx = layer.cx
    reverse = cx.attrs.str_("direction", "forward") == "reverse"
    initial = _initial(layer, count)
    runs = [_run(layer, cell, initial[d], reverse or d == 1) for d, cell in enumerate(cells)]
    finals = [_final_state(layer, [_nonempty(layer, run[1][k]) for run in runs]) for k in range(count)]
    wanted = cx.node.output
    y = _sequence_output(layer, [run[0] for run in runs]) if wanted and wanted[0] else finals[0]
    return [y, *finals]


def _nonempty(layer: Layer, state: SSAValue | None) -> SSAValue | None:
    if layer.nonempty is None or state is None:
        return state
    return layer.cx.value(graph.WhereOp, [layer.nonempty, state, layer.zeros()])


def _final_state(layer: Layer, states: list[SSAValue | None]) -> SSAValue:
    """(directions, batch, hidden), or (batch, directions, hidden) with layout 1."""
    cx = layer.cx
    axis = layer.state_axis()
    pieces = [cx.value(graph.UnsqueezeOp, [s if s is not None else layer.zeros()], {"axes": graph.ints_attr([axis])}) for s in states]
    return pieces[0] if len(pieces) == 1 else cx.value(graph.ConcatOp, pieces, {"axis": graph.int_attr(axis)})


def _sequence_output(layer: Layer, hs: list[list[SSAValue]]) -> SSAValue:
    """Y: (seq, directions, batch, hidden), or (batch, seq, directions, hidden) with layout 1."""
    cx = layer.cx
    seq, batch, hidden = layer.seq, layer.batch, layer.hidden
    per_dir = []
    for steps in hs:
        rows = steps[0] if seq == 1 else cx.value(graph.ConcatOp, steps, {"axis": graph.int_attr(0)})
        per_dir.append(cx.value(graph.ReshapeOp, [rows], {"shape": graph.ints_attr([seq, 1, batch, hidden])}))
    y = per_dir[0] if len(per_dir) == 1 else cx.value(graph.ConcatOp, per_dir, {"axis": graph.int_attr(1)})
    if layer.seq_mask is not None:
        y = cx.value(graph.WhereOp, [layer.seq_mask, y, cx.constant(0, like=y)])
    if layer.layout:
        y = cx.value(graph.TransposeOp, [y], {"perm": graph.ints_attr([2, 0, 1, 3])})
    return y


def _weights(layer: Layer) -> tuple[list[SSAValue], list[SSAValue], list[SSAValue | None]]:
    w = layer.per_direction(1, 0)
    r = layer.per_direction(2, 0)
    b = layer.per_direction(3, 0)
    return w, r, b  # type: ignore[return-value]  (W and R are required inputs)


@converter("RNN", 7, 14, 22)
def rnn(cx: NodeContext) -> list[SSAValue]:
    layer = _layer(cx, 1, ("Tanh",))
    w, r, b = _weights(layer)
    cells: list[Cell] = [RnnCell(layer, d, w[d], r[d], b[d]) for d in range(layer.directions)]
    return _recurrence(layer, cells, 1)


@converter("GRU", 7, 14, 22)
def gru(cx: NodeContext) -> list[SSAValue]:
    layer = _layer(cx, 3, ("Sigmoid", "Tanh"))
    w, r, b = _weights(layer)
    cells: list[Cell] = [GruCell(layer, d, w[d], r[d], b[d]) for d in range(layer.directions)]
    return _recurrence(layer, cells, 1)


@converter("LSTM", 7, 14, 22)
def lstm(cx: NodeContext) -> list[SSAValue]:
    layer = _layer(cx, 4, ("Sigmoid", "Tanh", "Tanh"))
    w, r, b = _weights(layer)
    p = layer.per_direction(7, 0)
    cells: list[Cell] = [LstmCell(layer, d, w[d], r[d], b[d], p[d]) for d in range(layer.directions)]
    return _recurrence(layer, cells, 2)
