"""A fast subset of ONNX's node conformance suite: one passing case per supported op type,
run in-process through the importer and the reference interpreter.

The full suite runs with ``python scripts/onnx_conformance.py`` (isolated workers, totals per op
type); this list was picked from its results (first passing case of each op type).
"""

import importlib.util
import sys
from pathlib import Path

import numpy as np
import pytest

RUNNER = Path(__file__).resolve().parents[2] / "scripts" / "onnx_conformance_cases.py"


def _load_runner():
    """The case runner lives with the scripts (not an installed module): import it by path."""
    if "onnx_conformance_cases" in sys.modules:
        return sys.modules["onnx_conformance_cases"]
    spec = importlib.util.spec_from_file_location("onnx_conformance_cases", RUNNER)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


_runner = _load_runner()
PASSED, collect_cases, run_case = _runner.PASSED, _runner.collect_cases, _runner.run_case

CASES = [
    "test_abs", "test_acosh", "test_add", "test_and2d", "test_argmax_default_axis_example",
    "test_argmin_default_axis_example", "test_asinh", "test_atanh",
    "test_attention_23_boolmask_fullymasked_row_nan_robustness", "test_attention_3d",
    "test_attention_4d_attn_mask_bool", "test_attention_4d_causal", "test_attention_4d_gqa",
    "test_averagepool_1d_default", "test_basic_conv_with_padding", "test_batchnorm_epsilon",
    "test_blackmanwindow", "test_cast_DOUBLE_to_FLOAT", "test_castlike_DOUBLE_to_FLOAT",
    "test_ceil", "test_celu", "test_center_crop_pad_crop", "test_clip", "test_compress_0",
    "test_concat_1d_axis_0", "test_constant", "test_constant_pad",
    "test_constantofshape_float_ones", "test_convtranspose", "test_cos", "test_cosh",
    "test_cumprod_1d", "test_cumsum_1d", "test_depthtospace_crd_mode_example",
    "test_dequantizelinear", "test_dft", "test_div", "test_dropout_default",
    "test_dynamicquantizelinear", "test_einsum_batch_matmul", "test_elu", "test_equal", "test_erf",
    "test_exp", "test_expand_dim_changed", "test_eyelike_populate_off_main_diagonal",
    "test_flatten_axis0", "test_floor", "test_gather_0", "test_gather_elements_0",
    "test_gathernd_example_float32", "test_gelu_default_1", "test_gemm_all_attributes",
    "test_globalaveragepool", "test_globalmaxpool", "test_greater", "test_greater_equal",
    "test_group_normalization_epsilon", "test_hammingwindow", "test_hannwindow",
    "test_hardmax_axis_0", "test_hardsigmoid", "test_hardswish", "test_identity",
    "test_instancenorm_epsilon", "test_isinf", "test_isnan", "test_l1normalization_axis_0",
    "test_layer_normalization_2d_axis0", "test_leakyrelu", "test_less", "test_less_equal",
    "test_log", "test_logsoftmax_axis_0", "test_lppool_1d_default", "test_lrn", "test_matmul_1d_1d",
    "test_max_example", "test_maxpool_1d_default", "test_mean_example", "test_min_example",
    "test_mish", "test_mod_broadcast", "test_mul", "test_neg", "test_nllloss_NC",
    "test_onehot_negative_indices", "test_optional_has_element_empty_no_input_name_optional_input",
    "test_or2d", "test_pow", "test_prelu_broadcast", "test_quantizelinear",
    "test_range_float16_type_positive_delta", "test_reciprocal",
    "test_reduce_l1_default_axes_keepdims_example", "test_reduce_l2_default_axes_keepdims_example",
    "test_reduce_log_sum_asc_axes", "test_reduce_log_sum_exp_default_axes_keepdims_example",
    "test_reduce_max_bool_inputs", "test_reduce_mean_default_axes_keepdims_example",
    "test_reduce_min_bool_inputs", "test_reduce_prod_default_axes_keepdims_example",
    "test_reduce_sum_default_axes_keepdims_example",
    "test_reduce_sum_square_default_axes_keepdims_example", "test_relu",
    "test_reshape_allowzero_reordered", "test_resize_downsample_scales_cubic",
    "test_reversesequence_batch", "test_rms_normalization_2d_axis0", "test_rotary_embedding",
    "test_round", "test_scatter_elements_with_axis", "test_scatter_with_axis", "test_scatternd",
    "test_sce_NCd1_mean_weight_negative_ii", "test_selu", "test_shape", "test_shrink_hard",
    "test_sigmoid", "test_sign", "test_sin", "test_sinh", "test_size", "test_slice",
    "test_softmax_axis_0", "test_softplus", "test_softsign", "test_spacetodepth",
    "test_split_1d_uneven_split_opset18", "test_sqrt", "test_squeeze", "test_stft", "test_sub",
    "test_sum_example", "test_swiglu", "test_swish", "test_tan", "test_tanh",
    "test_thresholdedrelu", "test_tile", "test_top_k", "test_transpose_all_permutations_0",
    "test_tril", "test_unsqueeze_axis_0", "test_upsample_nearest", "test_where_example",
    "test_xor2d",
]  # fmt: skip


@pytest.fixture(scope="module")
def cases():
    return collect_cases()


@pytest.mark.parametrize("name", CASES)
def test_onnx_node_case(cases, name):
    if name not in cases:
        pytest.skip(f"{name} is not in this onnx version")
    result = run_case(cases[name], cases=cases)
    assert result.status == PASSED, result.message


COMPILED_CASES = [
    "test_mod_float_edge_cases_fmod_0_float16", "test_mod_float_edge_cases_fmod_0_float32",
    "test_mod_float_edge_cases_fmod_0_float64", "test_cast_DOUBLE_to_FLOAT16",
    "test_castlike_DOUBLE_to_FLOAT16", "test_attention_4d_fp16",
    "test_attention_4d_gqa_with_past_and_present_fp16",
]  # fmt: skip
"""Cases that once gave wrong results (Mod's signed zeros and infinite divisors, f16 attention
accumulated in f16) or crashed (f64 -> f16 casts calling a missing run-time routine) in compiled
code: run through ``ember.compile``."""


def compiled_runner(module, inputs):
    import numpy as np

    import ember

    return [np.asarray(r) for r in ember.compile(module, cache=False, progress=False)(*inputs)]


@pytest.mark.parametrize("name", COMPILED_CASES)
def test_onnx_node_case_compiled(cases, name):
    if name not in cases:
        pytest.skip(f"{name} is not in this onnx version")
    result = run_case(cases[name], compiled_runner, cases)
    assert result.status == PASSED, result.message


_FLOAT8 = ("FLOAT8E4M3FN", "FLOAT8E4M3FNUZ", "FLOAT8E5M2", "FLOAT8E5M2FNUZ")
_LOW_BITS = (*_FLOAT8, "FLOAT4E2M1", "INT4", "UINT4", "INT2", "UINT2")
_WIDER_INT = {"INT4": "INT8", "INT2": "INT8", "UINT4": "UINT8", "UINT2": "UINT8"}
LOW_BIT_CASES = sorted({
    *[f"test_cast_{a}_to_{b}" for t in _LOW_BITS for w in ("FLOAT", "FLOAT16") for a, b in ((w, t), (t, w))],
    *[f"test_castlike_{a}_to_{b}{e}" for t in _LOW_BITS for w in ("FLOAT", "FLOAT16") for a, b in ((w, t), (t, w))
      for e in ("", "_expanded")],
    *[f"test_cast{like}_{t}_to_{w}{e}" for t, w in _WIDER_INT.items() for like, e in (("", ""), ("like", ""), ("like", "_expanded"))],
    *[f"test_cast{like}_no_saturate_{w}_to_{t}{e}" for t in _FLOAT8 for w in ("FLOAT", "FLOAT16")
      for like, e in (("", ""), ("like", ""), ("like", "_expanded"))],
    "test_cast_e8m0_FLOAT16_to_FLOAT8E8M0", "test_cast_e8m0_FLOAT8E8M0_to_FLOAT", "test_cast_e8m0_FLOAT8E8M0_to_FLOAT16",
    "test_cast_e8m0_FLOAT_to_FLOAT8E8M0",
    *[f"test_{op}_{q}" for op in ("quantizelinear", "dequantizelinear") for q in ("e4m3fn", "e5m2", "float4e2m1", "int2", "int4", "uint2", "uint4")],
    "test_dequantizelinear_blocked", "test_dequantizelinear_e4m3fn_float16", "test_dequantizelinear_e4m3fn_zero_point",
    "test_quantizelinear_blocked_asymmetric", "test_quantizelinear_blocked_symmetric",
})  # fmt: skip
"""The 167 float8 / float4 / int4 / int2 cases (docs/element-types.md), all at call time."""

CALL_TIME_CASES = [
    "test_reshape_reordered_all_dims", "test_reduce_sum_keepdims_example",
    "test_reduce_mean_keepdims_example", "test_reduce_max_bool_inputs", "test_slice",
    "test_resize_upsample_scales_nearest", "test_top_k", "test_tril", "test_onehot_with_axis",
    "test_constant_pad", "test_expand_dim_changed", "test_tile",
    "test_range_int32_type_negative_delta", "test_constantofshape_int_zeros",
    "test_unsqueeze_axis_0", "test_center_crop_pad_crop", "test_split_variable_parts_1d_opset18",
    "test_tril_zero", "test_shape_start_greater_than_end",  # empty tensors (an empty constant's global)
    "test_pow_types_int32_int32", "test_pow_types_int64_int64",  # integer Pow (no math.ipowi)
    # control flow (docs/control-flow.md): If, Loop, Scan and the functions expanded into them
    "test_if", "test_loop11", "test_scan_sum", "test_scan9_sum", "test_scan9_multi_state",
    "test_scan9_scalar", "test_affine_grid_2d_expanded", "test_affine_grid_2d_align_corners_expanded",
    "test_affine_grid_3d_expanded", "test_affine_grid_3d_align_corners_expanded",
    "test_range_float_type_positive_delta_expanded", "test_range_float16_type_positive_delta_expanded",
    "test_range_int32_type_negative_delta_expanded", "test_linear_attention_linear_expanded",
    "test_linear_attention_gated_delta_expanded", "test_linear_attention_prefill_with_past_expanded",
    *[f"test_{op}_uint{bits}" for op in ("add", "sub", "mul", "div", "mod", "max", "min", "equal",
      "less", "less_equal", "greater", "greater_equal") for bits in (16, 32, 64)],  # unsigned types
    "test_quantizelinear_uint16", "test_dequantizelinear_uint16",
    "test_cast_FLOAT_to_BFLOAT16", "test_cast_BFLOAT16_to_FLOAT", "test_castlike_FLOAT_to_BFLOAT16",
    "test_castlike_BFLOAT16_to_FLOAT", "test_castlike_FLOAT_to_BFLOAT16_expanded",
    "test_castlike_BFLOAT16_to_FLOAT_expanded",  # bf16 (integer-code conversions)
    "test_attention_4d_causal_bf16",  # bf16 outputs compared within two bf16 ulps, as onnx's runner does
    "test_celu_float16",  # a libm function (expm1) on f16: computed in f32, rounded once
    "test_matmulinteger", "test_convinteger_with_padding", "test_qlinearconv",  # integer / quantised
    "test_qlinearmatmul_3D_int8_float16", "test_qlinearmatmul_2D_uint8_float32",
    # ops defined as ONNX functions, expanded into their bodies (frontend/onnx/functions.py)
    "test_linear_attention_gated_delta", "test_linear_attention_fp16",
    "test_causal_conv_with_state_silu_with_past_state", "test_causal_conv_with_state_fp16",
    "test_flexattention_score_mod", "test_flexattention_gqa",
    *LOW_BIT_CASES,  # float8 / float4 / int4 / int2 storage types: Cast, CastLike, Q/DQ (blocked too)
    # bitwise ops, BitShift (opset 28: signed types, out-of-range counts), BitCast, Acos/Asin/Atan
    "test_acos", "test_acos_example", "test_asin", "test_asin_example", "test_atan",
    "test_atan_example", "test_bitcast_2d_float32_to_int32", "test_bitcast_bool_to_uint8",
    "test_bitcast_float32_to_int32", "test_bitcast_float64_to_int64",
    "test_bitcast_int32_to_float32", "test_bitcast_int64_to_float64", "test_bitcast_int8_to_uint8",
    "test_bitcast_scalar_float32_to_int32", "test_bitcast_uint16_to_int16",
    "test_bitcast_uint32_to_int32", "test_bitshift_left_int16", "test_bitshift_left_int32",
    "test_bitshift_left_int32_negative_shift", "test_bitshift_left_int32_overflow",
    "test_bitshift_left_int32_shift_ge_width", "test_bitshift_left_int64",
    "test_bitshift_left_int8", "test_bitshift_left_int8_negative_shift",
    "test_bitshift_left_int8_overflow", "test_bitshift_left_int8_shift_ge_width",
    "test_bitshift_left_uint16", "test_bitshift_left_uint32", "test_bitshift_left_uint64",
    "test_bitshift_left_uint8", "test_bitshift_right_int16", "test_bitshift_right_int32",
    "test_bitshift_right_int32_negative_input", "test_bitshift_right_int32_negative_shift",
    "test_bitshift_right_int32_shift_ge_width", "test_bitshift_right_int64",
    "test_bitshift_right_int8", "test_bitshift_right_int8_negative_input",
    "test_bitshift_right_int8_negative_shift", "test_bitshift_right_int8_shift_ge_width",
    "test_bitshift_right_uint16", "test_bitshift_right_uint32", "test_bitshift_right_uint64",
    "test_bitshift_right_uint8", "test_bitwise_and_i16_3d", "test_bitwise_and_i32_2d",
    "test_bitwise_and_ui64_bcast_3v1d", "test_bitwise_and_ui8_bcast_4v3d", "test_bitwise_not_2d",
    "test_bitwise_not_3d", "test_bitwise_not_4d", "test_bitwise_or_i16_4d",
    "test_bitwise_or_i32_2d", "test_bitwise_or_ui64_bcast_3v1d", "test_bitwise_or_ui8_bcast_4v3d",
    "test_bitwise_xor_i16_3d", "test_bitwise_xor_i32_2d", "test_bitwise_xor_ui64_bcast_3v1d",
    "test_bitwise_xor_ui8_bcast_4v3d",
    # GridSample and AffineGrid, composed from graph ops (frontend/onnx/ops_sampling.py)
    "test_affine_grid_2d", "test_affine_grid_2d_align_corners", "test_affine_grid_3d",
    "test_affine_grid_3d_align_corners", "test_gridsample", "test_gridsample_aligncorners_true",
    "test_gridsample_bicubic", "test_gridsample_bicubic_align_corners_0_additional_1",
    "test_gridsample_bicubic_align_corners_1_additional_1", "test_gridsample_bilinear",
    "test_gridsample_bilinear_align_corners_0_additional_1",
    "test_gridsample_bilinear_align_corners_1_additional_1", "test_gridsample_border_padding",
    "test_gridsample_nearest", "test_gridsample_nearest_align_corners_0_additional_1",
    "test_gridsample_nearest_align_corners_1_additional_1", "test_gridsample_reflection_padding",
    "test_gridsample_volumetric_bilinear_align_corners_0",
    "test_gridsample_volumetric_bilinear_align_corners_1",
    "test_gridsample_volumetric_nearest_align_corners_0",
    "test_gridsample_volumetric_nearest_align_corners_1", "test_gridsample_zeros_padding",
    # Pad 'wrap', MeanVarianceNormalization, Det (cofactors, n <= 3); opset 1 converted to 7
    "test_det_2d", "test_det_nd", "test_mvn", "test_not_2d", "test_not_3d", "test_not_4d", "test_wrap_pad",
    # Col2Im and MaxUnpool as gathers over the window geometry (frontend/onnx/ops_unfold.py)
    "test_col2im", "test_col2im_5d", "test_col2im_dilations", "test_col2im_pads", "test_col2im_strides",
    "test_maxunpool_export_with_output_shape", "test_maxunpool_export_without_output_shape",
    "test_maxpool_with_argmax_2d_precomputed_pads", "test_maxpool_with_argmax_2d_precomputed_strides",
    "test_batchnorm_epsilon_training_mode", "test_batchnorm_example_training_mode",  # BatchNorm training
    "test_gathernd_example_int32_batch_dim1",  # GatherND batch_dims
    "test_einsum_batch_diagonal",  # Einsum with an ellipsis and a repeated index
    # RoiAlign, DeformConv, TensorScatter, Resize tf_crop_and_resize (ops_roi, ops_attention, resize_matrix)
    "test_roialign_aligned_false", "test_roialign_aligned_true", "test_roialign_mode_max",
    "test_basic_deform_conv_with_padding", "test_basic_deform_conv_without_padding",
    "test_deform_conv_with_mask_bias", "test_deform_conv_with_multiple_offset_groups",
    "test_tensorscatter", "test_tensorscatter_3d", "test_tensorscatter_circular",
    "test_resize_tf_crop_and_resize", "test_resize_tf_crop_and_resize_axes_2_3",
    "test_resize_tf_crop_and_resize_axes_3_2", "test_resize_tf_crop_and_resize_extrapolation_value",
    # sequences and optionals: resolved at import, graph inputs specialised on their structure,
    # sequence / optional outputs returned as lists / None (ops_sequence, structured, specialize)
    "test_identity_opt", "test_identity_sequence", "test_if_opt", "test_if_seq", "test_loop13_seq",
    "test_loop16_seq_none", "test_optional_get_element_optional_sequence",
    "test_optional_get_element_optional_tensor", "test_optional_get_element_sequence",
    "test_optional_get_element_tensor", "test_optional_has_element_empty_optional_input",
    "test_optional_has_element_optional_input", "test_optional_has_element_tensor_input",
    "test_sequence_insert_at_back", "test_sequence_insert_at_front",
    "test_sequence_map_add_1_sequence_1_tensor", "test_sequence_map_add_1_sequence_1_tensor_expanded",
    "test_sequence_map_add_2_sequences", "test_sequence_map_add_2_sequences_expanded",
    "test_sequence_map_extract_shapes", "test_sequence_map_extract_shapes_expanded",
    "test_sequence_map_identity_1_sequence", "test_sequence_map_identity_1_sequence_1_tensor",
    "test_sequence_map_identity_1_sequence_1_tensor_expanded", "test_sequence_map_identity_1_sequence_expanded",
    "test_sequence_map_identity_2_sequences", "test_sequence_map_identity_2_sequences_expanded",
    "test_split_to_sequence_1", "test_split_to_sequence_2", "test_split_to_sequence_nokeepdims",
    # NonZero, Unique, NonMaxSuppression of run-time inputs as graph outputs: buffer + count (ops_data_dependent)
    "test_nonzero_example", "test_unique_length_1", "test_unique_not_sorted_without_axis",
    "test_unique_sorted_with_axis", "test_unique_sorted_with_axis_3d", "test_unique_sorted_with_negative_axis",
    "test_unique_sorted_without_axis", "test_unique_bfloat16_sorted_without_axis",
    "test_nonmaxsuppression_center_point_box_format",
    "test_nonmaxsuppression_flipped_coordinates",
    "test_nonmaxsuppression_identical_boxes",
    "test_nonmaxsuppression_iou_threshold_boundary",
    "test_nonmaxsuppression_limit_output_size",
    "test_nonmaxsuppression_single_box",
    "test_nonmaxsuppression_suppress_by_IOU",
    "test_nonmaxsuppression_suppress_by_IOU_and_scores",
    "test_nonmaxsuppression_two_batches",
    "test_nonmaxsuppression_two_classes",
]  # fmt: skip
"""Cases whose shape operands (axes, shape, scales, k, pads, repeats, ...) are graph inputs, run
as onnx's backend runner runs them: compiled once as they are, every input passed as data at
call time (``ember.compile``'s specialising route, ``docs/dynamic-shapes.md``)."""


def compiled_preparer(model):

    import ember

    exe = ember.compile(model, cache=False, progress=False)
    return lambda inputs: [_runner.as_output(r) for r in exe(*inputs)]


@pytest.mark.parametrize("name", CALL_TIME_CASES)
def test_onnx_node_case_call_time(cases, name):
    if name not in cases:
        pytest.skip(f"{name} is not in this onnx version")
    result = _runner.run_case_call_time(cases[name], compiled_preparer, cases)
    assert result.status == PASSED, result.message


def test_compare_gives_bfloat16_outputs_two_ulps_as_onnx_runner_does():
    """onnx's backend runner compares bfloat16 outputs with rtol >= 2**-6 (two bfloat16 ULPs);
    float32 outputs keep the case's rtol."""
    ml_dtypes = pytest.importorskip("ml_dtypes")
    ref = np.array([0.5, 0.75, 1.0], dtype=np.float32)
    off_by_one_ulp = ref + np.float32(2.0**-8)
    bf16 = ml_dtypes.bfloat16
    assert _runner.compare([off_by_one_ulp.astype(bf16)], [ref.astype(bf16)], 1e-3, 1e-7) == ""
    assert "values differ" in _runner.compare([off_by_one_ulp], [ref], 1e-3, 1e-7)
    far = ref + np.float32(2.0**-4)
    assert "values differ" in _runner.compare([far.astype(bf16)], [ref.astype(bf16)], 1e-3, 1e-7)
