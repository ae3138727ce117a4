using Leitmotif.Core.Audio;
using Leitmotif.Core.Shards;

namespace Leitmotif.Grains;

/// <summary>What a shard knows of one of its recordings.</summary>
[GenerateSerializer]
public sealed class ShardRecording
{
    /// <summary>Where it was last indexed from: a full path or a URI.</summary>
    [Id(0)] public string Location { get; set; } = "";

    /// <summary>Content fingerprint of the audio the features were computed from (<see cref="Core.Storage.ContentFingerprint"/>).</summary>
    [Id(1)] public string Content { get; set; } = "";

    /// <summary>Duration of the audio, seconds.</summary>
    [Id(2)] public double DurationSeconds { get; set; }

    /// <summary>Feature kinds stored for this version of the file, each with the extractor version that computed it.</summary>
    [Id(3)] public Dictionary<string, string> Kinds { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Its path below the root it was indexed under (<see cref="RecordingNames"/>).</summary>
    [Id(4)] public string Name { get; set; } = "";

    /// <summary>Bytes of the file when it was last indexed.</summary>
    [Id(5)] public long Size { get; set; }

    /// <summary>Its change stamp then (<see cref="RecordingStamp.Modified"/>).</summary>
    [Id(6)] public string Modified { get; set; } = "";

    /// <summary>The source key its stored features of <paramref name="featureKind"/> carry, or null when it has none.</summary>
    public string? SourceKey(string featureKind) =>
        Kinds.TryGetValue(featureKind, out var version) ? SourceKeyOf(Content, version) : null;

    /// <summary>What change detection needs of it, as the recording <paramref name="id"/>.</summary>
    public StoredRecording ToStored(string id) => new(id, Location, new RecordingStamp(Size, Modified), Content);

    /// <summary>The source key of features computed from audio <paramref name="content"/> by extractor <paramref name="version"/>.</summary>
    public static string SourceKeyOf(string content, string version) => $"{content}/{version}";
}
