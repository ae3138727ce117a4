using Leitmotif.Core.Spectral;
using static TorchSharp.torch;

namespace Leitmotif.Core.Training;

/// <summary>
/// Examples stacked into tensors, each padded at the end to the longest: network input, targets, and the lengths that mask
/// the padding out of the losses.
/// </summary>
/// <remarks>Padded input frames are zero. The network's receptive field (±5 frames) lets them touch an example's last five
/// valid outputs, which the losses still count, as padding does in the paper's Keras batches.</remarks>
public sealed class TrainingBatch : IDisposable
{
    private TrainingBatch(Tensor input, Tensor targets, Tensor inputLengths, Tensor targetLengths)
    {
        Input = input;
        Targets = targets;
        InputLengths = inputLengths;
        TargetLengths = targetLengths;
    }

    /// <summary>Network input, shape (N, 6, T, 216), float32, T the longest example's frames, in channels-last memory (a view of
    /// the frame-major values; <see cref="TrainingPrecision.ChannelsLast"/> says when training uses it as it is).</summary>
    public Tensor Input { get; }

    /// <summary>Targets, shape (N, S), int64, padded with 0; S the longest target.</summary>
    public Tensor Targets { get; }

    /// <summary>Valid frames per example, shape (N), int64.</summary>
    public Tensor InputLengths { get; }

    /// <summary>Target length per example, shape (N), int64 (equal to <see cref="InputLengths"/> for frame labels).</summary>
    public Tensor TargetLengths { get; }

    /// <summary>Stacks <paramref name="examples"/> (at least one, each with at least one frame).</summary>
    public static TrainingBatch Create(IReadOnlyList<TrainingExample> examples)
    {
        ArgumentNullException.ThrowIfNull(examples);
        if (examples.Count == 0) throw new ArgumentException("a batch needs at least one example", nameof(examples));
        int n = examples.Count, frames = examples.Max(e => e.Input.Frames), labels = examples.Max(e => e.Target.Length);
        if (frames == 0) throw new ArgumentException("every example in the batch has 0 frames", nameof(examples));
        const int frameValues = HcqtFrames.Bins * HcqtFrames.Harmonics;
        var input = new float[(long)n * frames * frameValues];
        var targets = new long[(long)n * Math.Max(labels, 1)];
        for (int i = 0; i < n; i++)
        {
            examples[i].Input.Data.CopyTo(input, (long)i * frames * frameValues);
            for (int s = 0; s < examples[i].Target.Length; s++) targets[(long)i * Math.Max(labels, 1) + s] = examples[i].Target[s];
        }

        using var frameMajor = tensor(input, [n, frames, HcqtFrames.Bins, HcqtFrames.Harmonics]);
        return new TrainingBatch(
            frameMajor.permute(0, 3, 1, 2),
            tensor(targets, [n, Math.Max(labels, 1)]),
            tensor(examples.Select(e => (long)e.Input.Frames).ToArray()),
            tensor(examples.Select(e => (long)e.Target.Length).ToArray()));
    }

    /// <summary>Releases the four tensors.</summary>
    public void Dispose()
    {
        Input.Dispose();
        Targets.Dispose();
        InputLengths.Dispose();
        TargetLengths.Dispose();
    }
}
