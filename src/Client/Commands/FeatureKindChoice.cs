using Leitmotif.Abstractions;
using Leitmotif.Core;

namespace Leitmotif.Client.Commands;

/// <summary>Checks a requested feature kind against what the cluster can compute, or picks the cluster's default.</summary>
public static class FeatureKindChoice
{
    /// <summary>Description of the <c>--features</c> option.</summary>
    public const string Description = "Feature kind: cens, cqt or ctc:<model-id> (default: the best kind available; 'leitmotif status' lists them)";

    /// <summary>The kind to use: <paramref name="requested"/> when the cluster offers it, its default when null.</summary>
    /// <exception cref="InputException">The cluster does not offer <paramref name="requested"/>.</exception>
    public static async Task<string> ResolveAsync(IClusterClient client, string? requested)
    {
        var kinds = await client.GetGrain<IFeatureKindGrain>(0).GetAsync();
        if (requested == null) return kinds.Default;
        return kinds.Kinds.FirstOrDefault(k => string.Equals(k, requested, StringComparison.OrdinalIgnoreCase))
               ?? throw new InputException($"--features {requested}", $"unknown feature kind; available: {string.Join(", ", kinds.Kinds)}");
    }
}
