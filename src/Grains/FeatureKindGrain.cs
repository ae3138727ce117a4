using Leitmotif.Abstractions;
using Leitmotif.Abstractions.Messages;
using Leitmotif.Core.Features;
using Leitmotif.Core.Model;
using Leitmotif.Core.Training;
using Orleans.Concurrency;

namespace Leitmotif.Grains;

/// <summary>Answers from the local silo's feature-kind registry.</summary>
[StatelessWorker]
public sealed class FeatureKindGrain(FeatureKindRegistry registry) : Grain, IFeatureKindGrain
{
    public Task<FeatureKindList> GetAsync() =>
        Task.FromResult(new FeatureKindList(registry.Available, registry.Default, FeatureKindRegistry.Device,
            CpuOffer.Current.ToString(), InferencePath.ForThisMachine().Name,
            InferencePath.OfferedHere.Select(InferencePath.NameOf).ToList(),
            TrainingPrecision.OfferedHere.Select(InferencePath.NameOf).ToList()));
}
