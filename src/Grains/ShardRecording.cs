namespace Leitmotif.Grains;

/// <summary>What a shard knows of one of its recordings.</summary>
[GenerateSerializer]
public sealed class ShardRecording
{
    /// <summary>Absolute path of the audio file.</summary>
    [Id(0)] public string Path { get; set; } = "";

    /// <summary>Fingerprint of the audio file the features were computed from.</summary>
    [Id(1)] public string Fingerprint { get; set; } = "";

    /// <summary>Duration of the audio, seconds.</summary>
    [Id(2)] public double DurationSeconds { get; set; }

    /// <summary>Feature kinds stored for this version of the file, each with the extractor version that computed it.</summary>
    [Id(3)] public Dictionary<string, string> Kinds { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The source key its stored features of <paramref name="featureKind"/> carry, or null when it has none.</summary>
    public string? SourceKey(string featureKind) =>
        Kinds.TryGetValue(featureKind, out var version) ? SourceKeyOf(Fingerprint, version) : null;

    /// <summary>The source key of features computed from audio <paramref name="fingerprint"/> by extractor <paramref name="version"/>.</summary>
    public static string SourceKeyOf(string fingerprint, string version) => $"{fingerprint}/{version}";
}
