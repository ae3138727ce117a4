namespace Leitmotif.Grains;

/// <summary>Durable state of a recording grain.</summary>
[GenerateSerializer]
public sealed class RecordingState
{
    /// <summary>Absolute path of the audio file.</summary>
    [Id(0)] public string Path { get; set; } = "";

    /// <summary>Fingerprint of the audio file the features were computed from.</summary>
    [Id(1)] public string Fingerprint { get; set; } = "";

    /// <summary>Duration of the audio, seconds.</summary>
    [Id(2)] public double DurationSeconds { get; set; }

    /// <summary>Feature kinds stored for this version of the file.</summary>
    [Id(3)] public List<string> FeatureKinds { get; set; } = [];
}
