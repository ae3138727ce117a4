using System.CommandLine;
using Leitmotif.Client.Plots;
using Leitmotif.Core.Export;
using Leitmotif.Core.Features;
using Leitmotif.Core.Retrieval;
using Leitmotif.Core.Model;
using Leitmotif.Core.Spectral;

namespace Leitmotif.Client.Commands;

/// <summary>
/// <c>leitmotif chroma &lt;audio&gt; --out &lt;prefix&gt; [--plot file.png|svg]</c>: one recording's features and the representations
/// behind them as NumPy files, and a figure of them; computed in this process, no cluster needed.
/// </summary>
public static class ChromaCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(GlobalOptions global)
    {
        var audio = new Argument<string>("audio") { Description = "Audio file (WAV, MP3, Ogg Vorbis; with FFmpeg installed also FLAC, M4A, Opus, WMA)" };
        var features = new Option<string?>("--features") { Description = FeatureKindChoice.Description };
        var output = new Option<string>("--out") { Description = "Prefix of the .npy files: <prefix>.hcqt.npy (T,216,6), <prefix>.probs.npy (T,13), <prefix>.chroma.npy (T,12)", Required = true };
        var plot = new Option<string?>("--plot") { Description = "Also draw the representations over time into this file (.png or .svg)" };
        var precision = new PrecisionOption();
        var command = new Command("chroma", "Export one recording's HCQT, network output and chroma as NumPy files, and plot them")
        {
            audio, features, precision.Option, output, plot,
        };
        command.SetAction(parse =>
        {
            OutputFiles.RequireFolder("--out", parse.GetValue(output)!);
            if (parse.GetValue(plot) is { } plotPath) PlotFile.Require("--plot", plotPath);
            var registry = new FeatureKindRegistry(global.ModelsDirectory(parse));
            var network = InferencePath.ParsePrecision(parse.GetValue(precision.Option));
            var extractor = registry.Resolve(parse.GetValue(features) ?? registry.Default, network);
            var analysis = RecordingFeatures.Analyse(parse.GetValue(audio)!, extractor);
            foreach (var file in Export(analysis, parse.GetValue(output)!)) Console.WriteLine($"wrote {file}");
            if (parse.GetValue(plot) is { } figure)
            {
                FeatureFigure.Save(figure, Panels(analysis, extractor.Kind));
                Console.WriteLine($"wrote {figure}");
            }
            return 0;
        });
        return command;
    }

    private static List<string> Export(FeatureAnalysis analysis, string prefix)
    {
        var written = new List<string>();
        void Write(string suffix, float[] data, params int[] shape)
        {
            var path = $"{prefix}.{suffix}.npy";
            NpyFile.Write(path, data, shape);
            written.Add(path);
        }
        if (analysis.Hcqt is { } hcqt) Write("hcqt", hcqt.Data, hcqt.Frames, HcqtFrames.Bins, HcqtFrames.Harmonics);
        if (analysis.Probabilities is { } probs) Write("probs", probs, probs.Length / 13, 13);
        Write("chroma", analysis.Chroma.Data, analysis.Chroma.Frames, analysis.Chroma.Dimensions);
        return written;
    }

    private static List<HeatmapPanel> Panels(FeatureAnalysis analysis, string kind)
    {
        var panels = new List<HeatmapPanel>();
        if (analysis.Hcqt is { } hcqt)
        {
            var slice = new float[hcqt.Frames * HcqtFrames.Bins];
            for (int t = 0; t < hcqt.Frames; t++)
                for (int b = 0; b < HcqtFrames.Bins; b++)
                    slice[t * HcqtFrames.Bins + b] = hcqt.Data[(t * HcqtFrames.Bins + b) * HcqtFrames.Harmonics + HarmonicOne];
            panels.Add(new HeatmapPanel("HCQT slice for h = 1", "Pitch", slice, HcqtFrames.Bins, HcqtFrames.FrameRate,
                FirstRowValue: LowestPitch, RowStep: 1.0 / 3));
        }
        if (analysis.CqtChroma is { } cqt && analysis.Probabilities != null)
            panels.Add(ChromaPanel("Chroma pooling of HCQT slice for h = 1", cqt.Data, cqt.FeatureRate));
        if (analysis.Probabilities is { } probs)
            panels.Add(new HeatmapPanel("Model output (CTC probabilities)", "Chroma (with ε)", probs, 13, analysis.Chroma.FeatureRate,
                [.. FeatureFigure.PitchClasses, "ε"]));
        panels.Add(ChromaPanel(analysis.Probabilities != null ? "Chroma representation based on model output" : $"Chroma ({kind})",
            analysis.Chroma.Data, analysis.Chroma.FeatureRate));
        return panels;
    }

    private static HeatmapPanel ChromaPanel(string title, float[] values, double rate) =>
        new(title, "Chroma", values, 12, rate, FeatureFigure.PitchClasses);

    /// <summary>Index of h = 1 among the harmonics 0.5, 1, 2, 3, 4, 5.</summary>
    private const int HarmonicOne = 1;

    /// <summary>MIDI pitch of the lowest CQT bin (32.7 Hz = C1 = 24).</summary>
    private const double LowestPitch = 24;
}
