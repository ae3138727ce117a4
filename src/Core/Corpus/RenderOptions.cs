using Leitmotif.Core.Audio;

namespace Leitmotif.Core.Corpus;

/// <summary>How <see cref="FluidSynthRenderer"/> renders MIDI to audio.</summary>
/// <param name="SoundFont">The SoundFont (.sf2) to play with.</param>
/// <param name="SampleRate">Output sample rate in Hz.</param>
/// <param name="TimeoutSeconds">Longest one FluidSynth run may take, in seconds, before it is stopped and the input reported.</param>
public sealed record RenderOptions(
    string SoundFont = RenderOptions.DefaultSoundFont,
    int SampleRate = AudioSignal.DefaultSampleRate,
    double TimeoutSeconds = 600)
{
    /// <summary>The General MIDI SoundFont of Debian's <c>fluid-soundfont-gm</c> package.</summary>
    public const string DefaultSoundFont = "/usr/share/sounds/sf2/FluidR3_GM.sf2";
}
