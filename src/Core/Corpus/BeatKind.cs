namespace Leitmotif.Core.Corpus;

/// <summary>The kind of an annotated beat (the first part of an ASAP annotation label).</summary>
public enum BeatKind
{
    /// <summary><c>b</c>: a beat inside a bar.</summary>
    Beat,

    /// <summary><c>db</c>: the first beat of a bar.</summary>
    Downbeat,

    /// <summary><c>bR</c>: a beat ASAP marks as a special case (e.g. inside an irregular bar); not a bar start.</summary>
    Special,
}
