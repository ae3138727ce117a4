using System.Runtime.CompilerServices;

namespace Leitmotif.Core.Sequence;

/// <summary>Where <see cref="StripedDtwKernel"/> reads the costs of one recording frame against every stacked row: a
/// striped column, vector i at float offset i·W.</summary>
/// <typeparam name="TVector">The vector of floats.</typeparam>
internal interface ICostColumn<TVector>
    where TVector : struct
{
    /// <summary>The costs of the row vector at float offset <paramref name="offset"/>.</summary>
    TVector At(nuint offset);
}

/// <summary>Costs computed beforehand by the inner-product pass and stored in a column.</summary>
internal readonly ref struct StoredCosts<TLanes, TVector> : ICostColumn<TVector>
    where TLanes : struct, IFloatLanes<TVector>
    where TVector : struct
{
    private readonly ref float _costs;

    public StoredCosts(ref float costs) => _costs = ref costs;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public TVector At(nuint offset) => TLanes.Load(ref _costs, offset);
}

/// <summary>Costs of one-hot rows looked up, lane by lane, in the frame's 16-entry table <c>1 − y[k]</c> by each row's
/// dimension (<see cref="StripedQueryTile.LookUpIndices"/>).</summary>
internal readonly ref struct LookedUpCosts<TLanes, TVector> : ICostColumn<TVector>
    where TLanes : struct, IFloatLanes<TVector>
    where TVector : struct
{
    private readonly ref float _indices;
    private readonly TVector _low, _high;

    public LookedUpCosts(ref float indices, TVector low, TVector high)
    {
        _indices = ref indices;
        _low = low;
        _high = high;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public TVector At(nuint offset) => TLanes.LookUp16(_low, _high, TLanes.Load(ref _indices, offset));
}
