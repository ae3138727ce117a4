namespace Leitmotif.Core.Demo;

/// <summary>A demo recording before synthesis: every note it plays and where its theme lies.</summary>
/// <param name="Notes">Melody, chord and bass notes, onsets in seconds from the start of the recording.</param>
/// <param name="ThemeStart">Onset of the theme's first note, in seconds of the recording.</param>
/// <param name="ThemeEnd">End of the theme's last note, in seconds of the recording.</param>
public sealed record DemoArrangement(IReadOnlyList<VoicedNote> Notes, double ThemeStart, double ThemeEnd);
