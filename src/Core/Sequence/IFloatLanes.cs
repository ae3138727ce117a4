namespace Leitmotif.Core.Sequence;

/// <summary>
/// The vector operations the batched subsequence-DTW kernel needs, for one SIMD width, so one generic kernel serves
/// <see cref="System.Runtime.Intrinsics.Vector128{T}"/>, <see cref="System.Runtime.Intrinsics.Vector256{T}"/> and
/// <see cref="System.Runtime.Intrinsics.Vector512{T}"/>. Implemented by structs, so the JIT specialises and inlines
/// every call.
/// </summary>
/// <typeparam name="TVector">The vector of floats.</typeparam>
internal interface IFloatLanes<TVector>
    where TVector : struct
{
    /// <summary>Floats per vector.</summary>
    static abstract int Count { get; }

    static abstract TVector Broadcast(float value);

    static abstract TVector Load(ref float source, nuint offset);

    static abstract void Store(TVector value, ref float destination, nuint offset);

    /// <summary><c>left × right + addend</c>, rounded once (the single-query kernel's rounding).</summary>
    static abstract TVector MultiplyAdd(TVector left, TVector right, TVector addend);

    static abstract TVector Add(TVector left, TVector right);

    static abstract TVector Subtract(TVector left, TVector right);

    /// <summary>Lane-wise minimum; inputs are never NaN, so the platform's native minimum is exact.</summary>
    static abstract TVector Min(TVector left, TVector right);

    /// <summary>Lane-wise <paramref name="ifLess"/> where <c>left &lt; right</c>, else <paramref name="otherwise"/>.</summary>
    static abstract TVector WhereLess(TVector left, TVector right, TVector ifLess, TVector otherwise);

    /// <summary>Moves lane j to lane j+1 (lane 0 keeps its value), for the striped layout's row shift.</summary>
    static abstract TVector ShiftUpOneLane(TVector value);

    /// <summary>Whether <see cref="LookUp16"/> is available at this width.</summary>
    static abstract bool CanLookUp16 { get; }

    /// <summary>Lane-wise <c>table[index]</c> from a 16-entry table held in <paramref name="low"/> (entries 0 to W−1) and, for
    /// fewer than 16 lanes, <paramref name="high"/> (entries W to 2W−1); indices (0–15) as <see cref="int"/> bits.</summary>
    static abstract TVector LookUp16(TVector low, TVector high, TVector indexBits);
}
