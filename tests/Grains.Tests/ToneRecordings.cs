using NAudio.Wave;

namespace Leitmotif.Grains.Tests;

/// <summary>Writes WAV files of harmonic tones that change every half second, long enough to make indexing take a while.</summary>
public static class ToneRecordings
{
    public static List<string> Write(string folder, int count, double seconds)
    {
        const int rate = 22050;
        var files = new List<string>();
        for (int i = 0; i < count; i++)
        {
            var path = Path.Combine(folder, $"tones{i:00}.wav");
            var random = new Random(i);
            var samples = new float[(int)(seconds * rate)];
            double frequency = 0;
            for (int n = 0; n < samples.Length; n++)
            {
                if (n % (rate / 2) == 0) frequency = 220 * Math.Pow(2, random.Next(24) / 12.0);
                samples[n] = (float)(0.3 * Math.Sin(2 * Math.PI * frequency * n / rate) + 0.1 * Math.Sin(4 * Math.PI * frequency * n / rate));
            }
            using (var writer = new WaveFileWriter(path, WaveFormat.CreateIeeeFloatWaveFormat(rate, 1))) writer.WriteSamples(samples, 0, samples.Length);
            files.Add(path);
        }
        return files;
    }
}
