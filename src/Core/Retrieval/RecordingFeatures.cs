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

    /// <summary>The features of the audio file at <paramref name="path"/> with the representations behind them (HCQT, network
    /// output), refused as <see cref="Compute(string, IChromaFeatures)"/> refuses them.</summary>
    /// <exception cref="InputException">As for <see cref="Compute(string, IChromaFeatures)"/>.</exception>
    public static FeatureAnalysis Analyse(string path, IChromaFeatures features)
    {
        using var audio = AudioReader.Open(path);
        var analysis = features.Analyse(audio);
        Check(path, audio, analysis.Chroma);
        return analysis;
    }

    private static FeatureMatrix Checked(string location, MonoAudioStream audio, IChromaFeatures features)
    {
        var result = features.Compute(audio);
        Check(location, audio, result);
        return result;
    }

    /// <summary>Refuses audio that is silent or too short, once <paramref name="audio"/> has been read to its end.</summary>
    private static void Check(string location, MonoAudioStream audio, FeatureMatrix chroma)
    {
        if (audio.Peak < SilencePeak) throw new InputException(location, "audio is silent");
        if (chroma.Frames == 0) throw new InputException(location, "audio is too short to give one feature frame");
    }
}
