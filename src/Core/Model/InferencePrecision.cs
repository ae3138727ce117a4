namespace Leitmotif.Core.Model;

/// <summary>The number format the chroma network computes in.</summary>
public enum InferencePrecision
{
    /// <summary>32-bit floating point: the reference, on every CPU.</summary>
    Fp32,

    /// <summary>bfloat16 weights and activations (8-bit mantissa); fast only where the CPU has native BF16 instructions.</summary>
    Bf16,
}
