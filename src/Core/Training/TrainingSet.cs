using System.Collections;
using Leitmotif.Core.Corpus;

namespace Leitmotif.Core.Training;

/// <summary>
/// The training examples of some folds of a corpus: each pair's HCQT segment (from an <see cref="HcqtCache"/>, so each
/// recording is computed once) and its target of one <see cref="TargetKind"/>. Examples are built on access.
/// </summary>
/// <remarks>
/// Zalkow &amp; Müller, ISMIR 2020, §4 (weakly aligned pairs, 5-fold cross-validation). A segment that runs past its
/// recording's end is cut there, and frame labels with it; a CTC target is kept whole. Pairs without notes are left out.
/// </remarks>
public sealed class TrainingSet : IReadOnlyList<TrainingExample>
{
    private readonly string _corpusFolder;
    private readonly HcqtCache _cache;

    /// <summary>The examples of <paramref name="pairs"/> whose audio paths are relative to <paramref name="corpusFolder"/>.</summary>
    public TrainingSet(string corpusFolder, IEnumerable<TrainingPair> pairs, TargetKind kind, HcqtCache cache)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        ArgumentNullException.ThrowIfNull(cache);
        _corpusFolder = Path.GetFullPath(corpusFolder);
        _cache = cache;
        Kind = kind;
        Pairs = [.. pairs.Where(p => p.Notes.Count > 0)];
    }

    /// <summary>The pairs of <paramref name="pairsPath"/> (a corpus's <c>pairs.jsonl</c>) in <paramref name="folds"/>.</summary>
    /// <param name="pairsPath">The pairs file; audio paths are relative to its folder.</param>
    /// <param name="folds">Folds to keep, each 1–5 (e.g. 1, 2, 3 for training <c>train123valid4</c>).</param>
    /// <param name="kind">Which target each example carries.</param>
    /// <param name="cache">Where the HCQTs are kept.</param>
    /// <exception cref="InputException">The file is missing or a line is malformed (<see cref="TrainingPairsFile"/>).</exception>
    public static TrainingSet Load(string pairsPath, IEnumerable<int> folds, TargetKind kind, HcqtCache cache)
    {
        var keep = folds.ToHashSet();
        var pairs = TrainingPairsFile.Read(pairsPath).Where(p => keep.Contains(p.Fold));
        return new TrainingSet(Path.GetDirectoryName(Path.GetFullPath(pairsPath))!, pairs, kind, cache);
    }

    /// <summary>The pairs, in file order; index i is example i.</summary>
    public IReadOnlyList<TrainingPair> Pairs { get; }

    /// <summary>The target every example carries.</summary>
    public TargetKind Kind { get; }

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
            var input = _cache.Get(Path.Combine(_corpusFolder, pair.Audio)).Slice(segment.First, segment.Count);
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
}
