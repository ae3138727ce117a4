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
        var result = features.Compute(audio);
        if (audio.Peak < SilencePeak) throw new InputException(path, "audio is silent");
        if (result.Frames == 0) throw new InputException(path, "audio is too short to give one feature frame");
        return result;
    }
}
