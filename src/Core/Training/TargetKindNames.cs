namespace Leitmotif.Core.Training;

/// <summary>The names of the <see cref="TargetKind"/>s as users type them and model ids carry them: <c>ctc</c>, <c>linear</c>,
/// <c>strong</c> (the published models' <c>v2_ctc</c>, <c>v2_linear</c>, <c>v2_strong</c>).</summary>
public static class TargetKindNames
{
    /// <summary>The names, in <see cref="TargetKind"/> order.</summary>
    public static IReadOnlyList<string> All { get; } = ["ctc", "linear", "strong"];

    /// <summary>The lower-case name of <paramref name="kind"/>.</summary>
    public static string Format(TargetKind kind) => kind switch
    {
        TargetKind.Ctc => "ctc",
        TargetKind.Linear => "linear",
        TargetKind.Strong => "strong",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown target kind"),
    };

    /// <summary>The kind named <paramref name="name"/> (case-insensitive), or null for another name.</summary>
    public static TargetKind? TryParse(string? name) => name?.ToLowerInvariant() switch
    {
        "ctc" => TargetKind.Ctc,
        "linear" => TargetKind.Linear,
        "strong" => TargetKind.Strong,
        _ => null,
    };
}
