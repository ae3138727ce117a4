namespace Leitmotif.Core.Demo;

/// <summary>The kind of triad an accompaniment chord is.</summary>
public enum ChordQuality
{
    /// <summary>Root, major third (+4 semitones), perfect fifth (+7).</summary>
    Major,

    /// <summary>Root, minor third (+3 semitones), perfect fifth (+7).</summary>
    Minor,
}
