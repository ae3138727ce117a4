namespace Leitmotif.Core.Tests.Audio;

/// <summary>Synthetic signals and measurements with known answers, shared by the audio and feature tests.</summary>
internal static class TestSignals
{
    public static float[] Sine(double frequency, int sampleRate, int length, double amplitude = 0.5)
    {
        var y = new float[length];
        for (int n = 0; n < length; n++) y[n] = (float)(amplitude * Math.Sin(2 * Math.PI * frequency * n / sampleRate));
        return y;
    }

    /// <summary>Frequency (Hz) from the spacing of the first and last upward zero crossings.</summary>
    public static double ZeroCrossingFrequency(ReadOnlySpan<float> y, int sampleRate)
    {
        double first = -1, last = -1;
        int crossings = 0;
        for (int n = 1; n < y.Length; n++)
        {
            if (y[n - 1] < 0 && y[n] >= 0)
            {
                double t = n - 1 + y[n - 1] / (y[n - 1] - y[n]); // linear interpolation of the crossing
                if (first < 0) first = t;
                last = t;
                crossings++;
            }
        }
        return (crossings - 1) * sampleRate / (last - first);
    }

    public static double Rms(ReadOnlySpan<float> y)
    {
        double sum = 0;
        foreach (float v in y) sum += (double)v * v;
        return Math.Sqrt(sum / y.Length);
    }

    /// <summary>The folder of committed audio fixtures, found from the source tree above the test binaries.</summary>
    public static string FixturePath(string fileName)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Orchestration.sln"))) dir = dir.Parent;
        if (dir is null) throw new InvalidOperationException($"no Orchestration.sln above {AppContext.BaseDirectory}");
        return Path.Combine(dir.FullName, "tests", "Core.Tests", "Audio", "Fixtures", fileName);
    }
}
