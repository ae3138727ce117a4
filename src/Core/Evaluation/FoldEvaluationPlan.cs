using Leitmotif.Core.Features;
using Leitmotif.Core.Training;

namespace Leitmotif.Core.Evaluation;

/// <summary>
/// Which feature kind answers which test fold when models are compared by fold. A cross-validated family
/// (<c>ctc:own_ctc</c>, i.e. the models <c>own_ctc_train123valid4</c> …) is evaluated rotation by rotation, each model only
/// on the themes of its test part; any other kind (<c>cens</c>, <c>cqt</c>, a published model, an ensemble) on every fold evaluated.
/// </summary>
/// <remarks>Zalkow &amp; Müller, TASLP 2021, §V (each model tested on its held-out part). The folds evaluated are the test
/// parts of the families requested, so that every kind is scored on the same themes; without families, every fold that has
/// themes. An ensemble (<c>ctc:a+b</c>) is evaluated where each of its members named alone would be: on every fold. No fold is
/// held out from an ensemble of two or more rotations of one family (each rotation trains or validates on all folds but one, and
/// no two share that one), so such an ensemble's scores, like those of a single rotation model named alone, include folds its
/// members trained on.</remarks>
public static class FoldEvaluationPlan
{
    /// <summary>The cells to compute, grouped by label in request order, folds ascending within a label.</summary>
    /// <param name="requested">Kinds or family names, e.g. <c>cens</c>, <c>ctc:v2_ctc_train345valid1</c>, <c>ctc:own_ctc</c>.</param>
    /// <param name="available">The feature kinds the cluster offers.</param>
    /// <param name="themeFolds">The folds that have themes.</param>
    /// <exception cref="InputException">A requested name is neither a kind nor a family of rotation models, or nothing is left
    /// to evaluate.</exception>
    public static IReadOnlyList<FoldEvaluationTask> Plan(IReadOnlyList<string> requested, IReadOnlyList<string> available,
        IReadOnlyCollection<int> themeFolds)
    {
        var names = requested.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var families = new Dictionary<string, Dictionary<int, string>>(StringComparer.OrdinalIgnoreCase);
        var fixedKinds = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (string name in names)
        {
            if (FeatureKindName.Find(name, available) is { } kind)
                fixedKinds[name] = kind;
            else if (Rotations(name, available) is { Count: > 0 } rotations)
                families[name] = rotations;
            else
                throw new InputException($"--features {name}", $"neither a feature kind nor a family of rotation models (<kind>_train123valid4 …); available: {string.Join(", ", available)}");
        }

        var folds = families.Count == 0 ? themeFolds.ToHashSet() : families.Values.SelectMany(r => r.Keys).ToHashSet();
        folds.IntersectWith(themeFolds);
        if (folds.Count == 0) throw new InputException("--corpus", "no themes in the test folds of the models requested");
        string? KindFor(string name, int fold) => fixedKinds.TryGetValue(name, out var kind) ? kind : families[name].GetValueOrDefault(fold);
        return [.. from name in names
                   from fold in folds.Order()
                   let kind = KindFor(name, fold)
                   where kind is not null
                   select new FoldEvaluationTask(name, kind, fold)];
    }

    /// <summary>The kinds <c>&lt;family&gt;_&lt;rotation&gt;</c> among <paramref name="available"/>, by their rotation's test part.</summary>
    private static Dictionary<int, string> Rotations(string family, IReadOnlyList<string> available)
    {
        var rotations = new Dictionary<int, string>();
        foreach (string kind in available)
        {
            if (!kind.StartsWith(family + "_", StringComparison.OrdinalIgnoreCase)) continue;
            string suffix = kind[(family.Length + 1)..];
            if (FoldRotation.All().FirstOrDefault(r => r.Name == suffix) is { } rotation) rotations[rotation.TestPart] = kind;
        }
        return rotations;
    }
}
