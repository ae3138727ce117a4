using Leitmotif.Abstractions;
using Leitmotif.Abstractions.Messages;
using Leitmotif.Core;
using Leitmotif.Core.Features;

namespace Leitmotif.Client.Commands;

/// <summary>Checks a requested feature kind against what the cluster can compute, or picks the cluster's default.</summary>
public static class FeatureKindChoice
{
    /// <summary>Description of the <c>--features</c> option.</summary>
    public const string Description = "Feature kind: cens, cqt, ctc:<model-id>, or ctc:<model-id>+<model-id>... for the mean of several models (default: the best kind available; 'leitmotif status' lists them)";

    /// <summary>The kind to use: <paramref name="requested"/> when the cluster offers it (an ensemble when it offers every member,
    /// by its normalised name, see <see cref="FeatureKindName"/>), its default when null; checks that the
    /// cluster offers <paramref name="precision"/> (see <see cref="PrecisionOption.Check"/>) too.</summary>
    /// <exception cref="InputException">The cluster does not offer <paramref name="requested"/> or <paramref name="precision"/>.</exception>
    /// <remarks>The default is <c>cens</c> where no published CTC model is installed; a line on standard error then says how to get one.</remarks>
    public static async Task<string> ResolveAsync(IClusterClient client, string? requested, string? precision = null)
    {
        var kinds = await client.GetGrain<IFeatureKindGrain>(0).GetAsync();
        PrecisionOption.Check(precision, kinds);
        if (requested == null)
        {
            HintWithoutModels(kinds);
            return kinds.Default;
        }
        return FeatureKindName.Find(requested, kinds.Kinds)
               ?? throw new InputException($"--features {requested}", $"unknown feature kind; available: {string.Join(", ", kinds.Kinds)}");
    }

    /// <summary>Says on standard error, in one line, how to get deep chroma where the cluster's default kind is <c>cens</c>.</summary>
    public static async Task HintWithoutModelsAsync(IClusterClient client) =>
        HintWithoutModels(await client.GetGrain<IFeatureKindGrain>(0).GetAsync());

    private static void HintWithoutModels(FeatureKindList kinds)
    {
        if (kinds.Default == FeatureKindRegistry.Cens)
            Console.Error.WriteLine("no deep chroma model to use by default, going on with cens; 'leitmotif models fetch' installs the published ones");
    }
}
