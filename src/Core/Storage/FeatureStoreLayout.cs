namespace Leitmotif.Core.Storage;

/// <summary>Where a feature store keeps one matrix: <c>&lt;kind&gt;/&lt;recording id&gt;.lmf</c>, the same in a folder and in a blob container.</summary>
public static class FeatureStoreLayout
{
    /// <summary>The '/'-separated name of <paramref name="key"/>'s matrix, characters other than letters, digits, '-', '_' and '.' replaced by '_'.</summary>
    public static string RelativeName(FeatureKey key) => $"{SafeName(key.FeatureKind)}/{SafeName(key.RecordingId)}.lmf";

    private static string SafeName(string name) =>
        string.Concat(name.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_'));
}
