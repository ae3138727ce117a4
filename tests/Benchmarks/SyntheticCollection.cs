using System.Globalization;

namespace Leitmotif.Benchmarks;

/// <summary>Writes a synthetic collection for the scale benchmark: short WAV recordings and CSV themes.</summary>
public static class SyntheticCollection
{
    /// <summary><c>collection &lt;folder&gt; &lt;recordings&gt; &lt;seconds&gt; &lt;themes&gt;</c>: writes <c>recordings/NNNNNN.wav</c>
    /// (8 kHz mono, resampled by the indexer like any other file) and <c>themes/NNNN.csv</c> (eight random notes each).</summary>
    public static int Run(string[] args)
    {
        if (args.Length < 4) return Usage();
        string folder = args[0];
        int recordings = int.Parse(args[1], CultureInfo.InvariantCulture), themes = int.Parse(args[3], CultureInfo.InvariantCulture);
        double seconds = double.Parse(args[2], CultureInfo.InvariantCulture);
        var audio = Directory.CreateDirectory(Path.Combine(folder, "recordings")).FullName;
        // A thousand files per sub-folder, as a real library has albums, so no folder holds a hundred thousand entries.
        Parallel.For(0, recordings, i =>
        {
            var album = Directory.CreateDirectory(Path.Combine(audio, $"{i / 1000:D4}")).FullName;
            SyntheticWav.Write(Path.Combine(album, $"{i:D6}.wav"), seconds, sampleRate: 8000, channels: 1, seed: i + 1);
        });
        var themeFolder = Directory.CreateDirectory(Path.Combine(folder, "themes")).FullName;
        var random = new Random(7);
        for (int t = 0; t < themes; t++)
        {
            var lines = Enumerable.Range(0, 8).Select(n => $"{n * 0.5:0.0},0.5,{random.Next(60, 80)}");
            File.WriteAllLines(Path.Combine(themeFolder, $"{t:D4}.csv"), ["onset,duration,pitch", .. lines]);
        }
        Console.WriteLine($"wrote {recordings} recording(s) of {seconds} s under {audio} and {themes} theme(s) under {themeFolder}");
        return 0;
    }

    private static int Usage()
    {
        Console.Error.WriteLine("usage: Leitmotif.Benchmarks collection <folder> <recordings> <seconds> <themes>");
        return 2;
    }
}
