namespace Leitmotif.Core.Training;

/// <summary>
/// One rotation of k-fold cross-validation over parts 1…k: trains on k − 2 consecutive parts, validates (early stopping) on
/// the next and tests on the last, named like the published models (<c>train123valid4</c> tests on part 5).
/// </summary>
/// <param name="Index">Rotation index r, 0 … k − 1: training starts at part r + 1.</param>
/// <param name="TrainParts">The training parts, in rotation order (e.g. 4, 5, 1), each 1 … k.</param>
/// <param name="ValidPart">The validation part.</param>
/// <param name="TestPart">The test part, held out of training and validation.</param>
/// <remarks>Zalkow &amp; Müller, ISMIR 2020, §4 and TASLP 2021, §IV; design.md, "Training": five parts, five independent runs.</remarks>
public sealed record FoldRotation(int Index, IReadOnlyList<int> TrainParts, int ValidPart, int TestPart)
{
    /// <summary>Parts of the paper's cross-validation.</summary>
    public const int DefaultParts = 5;

    /// <summary>The rotation's name, e.g. <c>train123valid4</c>, <c>train451valid2</c>.</summary>
    public string Name => $"train{string.Concat(TrainParts)}valid{ValidPart}";

    /// <summary>The model id of this rotation trained with <paramref name="target"/>: <c>&lt;prefix&gt;_&lt;loss&gt;_&lt;name&gt;</c>,
    /// e.g. <c>own_ctc_train123valid4</c>.</summary>
    public string ModelId(string prefix, TargetKind target)
    {
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        return $"{prefix}_{TargetKindNames.Format(target)}_{Name}";
    }

    /// <summary>Rotation <paramref name="index"/> of <paramref name="parts"/> parts: train on parts r + 1 … r + k − 2, validate on
    /// r + k − 1, test on r + k (all modulo k, counted from 1).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Fewer than 3 parts, or an index outside 0 … k − 1.</exception>
    public static FoldRotation Of(int index, int parts = DefaultParts)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parts, 3);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, parts);
        int Part(int offset) => (index + offset) % parts + 1;
        return new FoldRotation(index, [.. Enumerable.Range(0, parts - 2).Select(Part)], Part(parts - 2), Part(parts - 1));
    }

    /// <summary>All <paramref name="parts"/> rotations, in index order.</summary>
    public static IReadOnlyList<FoldRotation> All(int parts = DefaultParts) => [.. Enumerable.Range(0, parts).Select(i => Of(i, parts))];
}
