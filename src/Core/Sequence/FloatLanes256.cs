using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Leitmotif.Core.Sequence;

/// <summary><see cref="IFloatLanes{TVector}"/> over <see cref="Vector256{T}"/>.</summary>
internal readonly struct FloatLanes256 : IFloatLanes<Vector256<float>>
{
    public static int Count => Vector256<float>.Count;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Broadcast(float value) => Vector256.Create(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Load(ref float source, nuint offset) => Vector256.LoadUnsafe(ref source, offset);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(Vector256<float> value, ref float destination, nuint offset) => value.StoreUnsafe(ref destination, offset);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> MultiplyAdd(Vector256<float> left, Vector256<float> right, Vector256<float> addend) =>
        Vector256.FusedMultiplyAdd(left, right, addend);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Add(Vector256<float> left, Vector256<float> right) => left + right;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Subtract(Vector256<float> left, Vector256<float> right) => left - right;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> Min(Vector256<float> left, Vector256<float> right) => Vector256.MinNative(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> WhereLess(Vector256<float> left, Vector256<float> right, Vector256<float> ifLess, Vector256<float> otherwise) =>
        Vector256.ConditionalSelect(Vector256.LessThan(left, right), ifLess, otherwise);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> ShiftUpOneLane(Vector256<float> value) =>
        Vector256.Shuffle(value, Vector256.Create(0, 0, 1, 2, 3, 4, 5, 6));

    public static bool CanLookUp16 => true;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> LookUp16(Vector256<float> low, Vector256<float> high, Vector256<float> indexBits)
    {
        var index = indexBits.AsInt32();
        var seven = Vector256.Create(7);
        if (Avx2.IsSupported)
        {
            return Avx.BlendVariable(Avx2.PermuteVar8x32(low, index), Avx2.PermuteVar8x32(high, index),
                                     Avx2.CompareGreaterThan(index, seven).AsSingle());
        }

        var inEight = index & seven;
        return Vector256.ConditionalSelect(Vector256.GreaterThan(index, seven).AsSingle(), Vector256.Shuffle(high, inEight),
                                           Vector256.Shuffle(low, inEight));
    }
}
