using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Leitmotif.Core.Sequence;

/// <summary><see cref="IFloatLanes{TVector}"/> over <see cref="Vector512{T}"/>.</summary>
internal readonly struct FloatLanes512 : IFloatLanes<Vector512<float>>
{
    public static int Count => Vector512<float>.Count;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<float> Broadcast(float value) => Vector512.Create(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<float> Load(ref float source, nuint offset) => Vector512.LoadUnsafe(ref source, offset);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(Vector512<float> value, ref float destination, nuint offset) => value.StoreUnsafe(ref destination, offset);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<float> MultiplyAdd(Vector512<float> left, Vector512<float> right, Vector512<float> addend) =>
        Vector512.FusedMultiplyAdd(left, right, addend);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<float> Add(Vector512<float> left, Vector512<float> right) => left + right;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<float> Subtract(Vector512<float> left, Vector512<float> right) => left - right;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<float> Min(Vector512<float> left, Vector512<float> right) => Vector512.MinNative(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<float> WhereLess(Vector512<float> left, Vector512<float> right, Vector512<float> ifLess, Vector512<float> otherwise) =>
        Vector512.ConditionalSelect(Vector512.LessThan(left, right), ifLess, otherwise);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<float> ShiftUpOneLane(Vector512<float> value) =>
        Vector512.Shuffle(value, Vector512.Create(0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14));

    public static bool CanLookUp16 => true;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<float> LookUp16(Vector512<float> low, Vector512<float> high, Vector512<float> indexBits) =>
        Avx512F.IsSupported ? Avx512F.PermuteVar16x32(low, indexBits.AsInt32()) : Vector512.Shuffle(low, indexBits.AsInt32());
}
