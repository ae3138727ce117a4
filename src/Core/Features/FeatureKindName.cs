namespace Leitmotif.Core.Features;

/// <summary>
/// Reads a feature kind name as users type it against the kinds on offer, including ensembles: <c>ctc:&lt;id&gt;+&lt;id&gt;…</c>,
/// the mean of several chroma models' probabilities. An ensemble's name is normalised (members in ordinal order, each once,
/// spelled as on offer), so <c>ctc:a+b</c> and <c>ctc:b+a</c> are one kind, and an ensemble of one model is that model's kind.
/// </summary>
public static class FeatureKindName
{
    /// <summary>Joins the model IDs of an ensemble's members.</summary>
    public const char MemberSeparator = '+';

    /// <summary>Whether <paramref name="kind"/> is written as an ensemble (a <c>ctc:</c> kind with '+'), even of one model.</summary>
    public static bool IsEnsemble(string kind) =>
        kind.StartsWith(DeepChromaFeatures.KindPrefix, StringComparison.OrdinalIgnoreCase) && kind.Contains(MemberSeparator);

    /// <summary>The model IDs of a <c>ctc:</c> kind's members, as written: one for a single model.</summary>
    public static IReadOnlyList<string> Members(string kind) =>
        kind[DeepChromaFeatures.KindPrefix.Length..].Split(MemberSeparator, StringSplitOptions.TrimEntries);

    /// <summary>The kind <paramref name="requested"/> names among <paramref name="available"/>, as spelled there; for an ensemble,
    /// its normalised name. Null when a kind that is not an ensemble is not on offer.</summary>
    /// <param name="requested">A kind name in any case, e.g. <c>cens</c>, <c>ctc:v2_ctc_train345valid1</c>, <c>ctc:a+b</c>.</param>
    /// <param name="available">The kinds on offer.</param>
    /// <exception cref="InputException">An ensemble with an empty member or a member that is not a model on offer; the message
    /// names the member and lists the models in ordinal order.</exception>
    public static string? Find(string requested, IReadOnlyCollection<string> available)
    {
        if (!IsEnsemble(requested)) return Offered(requested, available);
        var members = new SortedSet<string>(StringComparer.Ordinal);
        foreach (string id in Members(requested))
        {
            if (id.Length == 0) throw new InputException($"--features {requested}", "an ensemble member is empty; write ctc:<model-id>+<model-id>…");
            members.Add(Offered(DeepChromaFeatures.KindPrefix + id, available)?[DeepChromaFeatures.KindPrefix.Length..]
                        ?? throw new InputException($"--features {requested}", $"no model {id}; available models: {ModelIds(available)}"));
        }
        return DeepChromaFeatures.KindPrefix + string.Join(MemberSeparator, members);
    }

    private static string? Offered(string kind, IReadOnlyCollection<string> available) =>
        available.FirstOrDefault(k => string.Equals(k, kind, StringComparison.OrdinalIgnoreCase));

    private static string ModelIds(IReadOnlyCollection<string> available)
    {
        var ids = available.Where(k => k.StartsWith(DeepChromaFeatures.KindPrefix, StringComparison.Ordinal))
            .Select(k => k[DeepChromaFeatures.KindPrefix.Length..]).Order(StringComparer.Ordinal).ToList();
        return ids.Count == 0 ? "none" : string.Join(", ", ids);
    }
}
