using Leitmotif.Core.Audio;
using Leitmotif.Core.Features;

namespace Leitmotif.Core.Retrieval;

/// <summary>Computes a recording's features from its audio file: decode → mono 22050 Hz → features.</summary>
public static class RecordingFeatures
{
    /// <summary>Peak amplitude below which a recording counts as silent.</summary>
    public const float SilencePeak = 1e-4f;

    /// <summary>Features of the audio file at <paramref name="path"/>.</summary>
    /// <returns>Frames × 12 at <see cref="IChromaFeatures.FeatureRate"/>.</returns>
    /// <exception cref="InputException">The file is missing, unreadable, silent or too short for one frame.</exception>
    public static FeatureMatrix Compute(string path, IChromaFeatures features)
    {
        using var audio = AudioReader.Open(path);
        return Checked(path, audio, features);
    }

    /// <summary>Features of the encoded audio in <paramref name="content"/>, read from <paramref name="location"/> (which
    /// errors name), and the audio's duration; the stream is disposed.</summary>
    /// <exception cref="InputException">As for <see cref="Compute(string, IChromaFeatures)"/>.</exception>
    public static (FeatureMatrix Features, double AudioSeconds) Compute(string location, Stream content, IChromaFeatures features)
    {
        using var audio = AudioReader.Open(location, content);
        return (Checked(location, audio, features), audio.SecondsRead);
    }

    private static FeatureMatrix Checked(string location, MonoAudioStream audio, IChromaFeatures features)
    {
        var result = features.Compute(audio);
        if (audio.Peak < SilencePeak) throw new InputException(location, "audio is silent");
        if (result.Frames == 0) throw new InputException(location, "audio is too short to give one feature frame");
        return result;
    }
}
