using NAudio.Wave;

namespace Leitmotif.Benchmarks;

/// <summary>Writes long test recordings block by block: a random melody of harmonic tones over a sustained bass.</summary>
public static class SyntheticWav
{
    /// <summary>Writes <paramref name="seconds"/> of 16-bit PCM audio to <paramref name="path"/>.</summary>
    public static void Write(string path, double seconds, int sampleRate, int channels, int seed = 1)
    {
        var random = new Random(seed);
        using var writer = new WaveFileWriter(path, new WaveFormat(sampleRate, 16, channels));
        long total = (long)(seconds * sampleRate);
        var frame = new float[channels];
        double phase = 0, bassPhase = 0, frequency = 440, bass = 110;
        long noteEnd = 0;
        for (long n = 0; n < total; n++)
        {
            if (n >= noteEnd)
            {
                frequency = 440 * Math.Pow(2, (random.Next(-12, 13)) / 12.0);
                bass = 55 * Math.Pow(2, random.Next(0, 12) / 12.0);
                noteEnd = n + (long)(sampleRate * (0.2 + 0.6 * random.NextDouble()));
            }
            phase += 2 * Math.PI * frequency / sampleRate;
            bassPhase += 2 * Math.PI * bass / sampleRate;
            float s = (float)(0.4 * Math.Sin(phase) + 0.15 * Math.Sin(2 * phase) + 0.1 * Math.Sin(3 * phase) + 0.2 * Math.Sin(bassPhase));
            Array.Fill(frame, s);
            writer.WriteSamples(frame, 0, channels);
        }
    }
}
