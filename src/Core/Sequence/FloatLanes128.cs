using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Leitmotif.Core.Sequence;

/// <summary><see cref="IFloatLanes{TVector}"/> over <see cref="Vector128{T}"/>.</summary>
internal readonly struct FloatLanes128 : IFloatLanes<Vector128<float>>
{
    public static int Count => Vector128<float>.Count;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<float> Broadcast(float value) => Vector128.Create(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<float> Load(ref float source, nuint offset) => Vector128.LoadUnsafe(ref source, offset);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(Vector128<float> value, ref float destination, nuint offset) => value.StoreUnsafe(ref destination, offset);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<float> MultiplyAdd(Vector128<float> left, Vector128<float> right, Vector128<float> addend) =>
        Vector128.FusedMultiplyAdd(left, right, addend);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<float> Add(Vector128<float> left, Vector128<float> right) => left + right;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<float> Subtract(Vector128<float> left, Vector128<float> right) => left - right;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<float> Min(Vector128<float> left, Vector128<float> right) => Vector128.MinNative(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<float> WhereLess(Vector128<float> left, Vector128<float> right, Vector128<float> ifLess, Vector128<float> otherwise) =>
        Vector128.ConditionalSelect(Vector128.LessThan(left, right), ifLess, otherwise);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<float> ShiftUpOneLane(Vector128<float> value) =>
        Vector128.Shuffle(value, Vector128.Create(0, 0, 1, 2));

    /// <summary>Four lanes would need four table vectors; one-hot tiles take the inner-product pass instead.</summary>
    public static bool CanLookUp16 => false;

    public static Vector128<float> LookUp16(Vector128<float> low, Vector128<float> high, Vector128<float> indexBits) =>
        throw new NotSupportedException("16-entry look-up needs 8 or 16 lanes");
}
