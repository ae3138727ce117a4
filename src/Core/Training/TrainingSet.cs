using System.Collections;
using Leitmotif.Core.Corpus;

namespace Leitmotif.Core.Training;

/// <summary>
/// The training examples of some folds of a corpus: each pair's HCQT segment (from an <see cref="HcqtCache"/>, so each
/// recording is computed once) and its target of one <see cref="TargetKind"/>. Examples are built on access.
/// </summary>
/// <remarks>
/// Zalkow &amp; Müller, ISMIR 2020, §4 (weakly aligned pairs, 5-fold cross-validation). A segment that runs past its
/// recording's end is cut there, and frame labels with it; a CTC target is kept whole. Pairs without notes are left out, and
/// for CTC also pairs whose segment has fewer frames than their target needs (<see cref="CtcTarget.MinimumFrames"/>); the
/// count is in <see cref="LeftOut"/>.
/// </remarks>
public sealed class TrainingSet : IReadOnlyList<TrainingExample>
{
    private readonly string _corpusFolder;
    private readonly HcqtCache _cache;

    /// <summary>The examples of <paramref name="pairs"/> whose audio paths are relative to <paramref name="corpusFolder"/>.</summary>
    /// <param name="corpusFolder">The folder the pairs' audio paths are relative to.</param>
    /// <param name="pairs">The pairs; those that cannot train are left out and counted in <see cref="LeftOut"/>.</param>
    /// <param name="kind">Which target each example carries.</param>
    /// <param name="cache">Where the HCQTs are kept.</param>
    /// <param name="maxPairsPerFold">At most this many usable pairs of each fold, a sample seeded by <paramref name="seed"/> kept
    /// in file order; 0 keeps all. The sample of a fold is the same whichever other folds come with it.</param>
    /// <param name="seed">Seeds the sample.</param>
    public TrainingSet(string corpusFolder, IEnumerable<TrainingPair> pairs, TargetKind kind, HcqtCache cache, int maxPairsPerFold = 0,
        int seed = 0)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        ArgumentNullException.ThrowIfNull(cache);
        ArgumentOutOfRangeException.ThrowIfNegative(maxPairsPerFold);
        _corpusFolder = Path.GetFullPath(corpusFolder);
        _cache = cache;
        Kind = kind;
        var all = pairs.ToList();
        var usable = all.Where(p => Usable(p, kind)).ToList();
        Pairs = maxPairsPerFold == 0 ? usable : Sample(usable, maxPairsPerFold, seed);
        LeftOut = all.Count - usable.Count;
    }

    /// <summary>The pairs of <paramref name="pairsPath"/> (a corpus's <c>pairs.jsonl</c>) in <paramref name="folds"/>.</summary>
    /// <param name="pairsPath">The pairs file; audio paths are relative to its folder.</param>
    /// <param name="folds">Folds to keep, each 1–5 (e.g. 1, 2, 3 for training <c>train123valid4</c>).</param>
    /// <param name="kind">Which target each example carries.</param>
    /// <param name="cache">Where the HCQTs are kept.</param>
    /// <param name="maxPairsPerFold">As for the constructor: at most this many usable pairs of each fold; 0 keeps all.</param>
    /// <param name="seed">Seeds the sample.</param>
    /// <param name="include">Which pairs of those folds to consider at all (e.g. only the piano renderings); null takes all.</param>
    /// <exception cref="InputException">The file is missing or a line is malformed (<see cref="TrainingPairsFile"/>).</exception>
    public static TrainingSet Load(string pairsPath, IEnumerable<int> folds, TargetKind kind, HcqtCache cache, int maxPairsPerFold = 0,
        int seed = 0, Func<TrainingPair, bool>? include = null)
    {
        var keep = folds.ToHashSet();
        return new TrainingSet(Path.GetDirectoryName(Path.GetFullPath(pairsPath))!,
            TrainingPairsFile.Read(pairsPath).Where(p => keep.Contains(p.Fold) && (include?.Invoke(p) ?? true)), kind, cache, maxPairsPerFold, seed);
    }

    /// <summary>The pairs, in file order; index i is example i.</summary>
    public IReadOnlyList<TrainingPair> Pairs { get; }

    /// <summary>The target every example carries.</summary>
    public TargetKind Kind { get; }

    /// <summary>Pairs left out because they cannot train (no notes; for CTC, too short for their target).</summary>
    public int LeftOut { get; }

    /// <inheritdoc />
    public int Count => Pairs.Count;

    /// <summary>Example <paramref name="index"/>: its segment's HCQT frames and target.</summary>
    /// <exception cref="InputException">The pair's audio file is missing or cannot be decoded.</exception>
    public TrainingExample this[int index]
    {
        get
        {
            var pair = Pairs[index];
            var segment = SegmentFrames.Of(pair);
            var input = _cache.Slice(Path.Combine(_corpusFolder, pair.Audio), segment.First, segment.Count);
            int[] target = Kind switch
            {
                TargetKind.Ctc => CtcTarget.Of(pair),
                TargetKind.Linear => LinearAlignment.Labels(pair)[..input.Frames],
                TargetKind.Strong => StrongAlignment.Labels(pair)[..input.Frames],
                _ => throw new InvalidOperationException($"unknown target kind {Kind}"),
            };
            return new TrainingExample(input, target);
        }
    }

    /// <inheritdoc />
    public IEnumerator<TrainingExample> GetEnumerator()
    {
        for (int i = 0; i < Count; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static bool Usable(TrainingPair pair, TargetKind kind) => pair.Notes.Count > 0
        && (kind != TargetKind.Ctc || CtcTarget.MinimumFrames(CtcTarget.Of(pair)) <= SegmentFrames.Of(pair).Count);

    /// <summary>At most <paramref name="count"/> pairs of each fold, drawn with a seeded shuffle per fold, in their given order.</summary>
    private static List<TrainingPair> Sample(List<TrainingPair> pairs, int count, int seed)
    {
        var kept = new HashSet<int>();
        foreach (var fold in Enumerable.Range(0, pairs.Count).GroupBy(i => pairs[i].Fold))
        {
            int[] indices = [.. fold];
            new Random(unchecked(seed * 31 + fold.Key)).Shuffle(indices);
            kept.UnionWith(indices.Take(count));
        }
        return [.. Enumerable.Range(0, pairs.Count).Where(kept.Contains).Select(i => pairs[i])];
    }
}
