using Leitmotif.Abstractions.Messages;

namespace Leitmotif.Abstractions;

/// <summary>Tells which feature kinds the silo answering can compute (key: 0).</summary>
public interface IFeatureKindGrain : IGrainWithIntegerKey
{
    /// <summary>The available kinds, the default and the compute device.</summary>
    Task<FeatureKindList> GetAsync();
}
