namespace Leitmotif.Core.Audio;

/// <summary>Mono audio samples in [-1, 1] at a known sample rate.</summary>
/// <param name="Samples">Mono samples.</param>
/// <param name="SampleRate">Samples per second (Hz).</param>
public sealed record AudioSignal(float[] Samples, int SampleRate)
{
    /// <summary>The paper's working sample rate (Hz): every recording is resampled to it.</summary>
    public const int DefaultSampleRate = 22050;

    /// <summary>Duration in seconds.</summary>
    public double DurationSeconds => (double)Samples.Length / SampleRate;
}
