using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using FFMpegCore;
using FFMpegCore.Enums;
using FFMpegCore.Exceptions;
using FFMpegCore.Pipes;
using NAudio.Wave;

namespace Leitmotif.Core.Audio;

/// <summary>
/// Interleaved float samples of a recording decoded by FFmpeg (FLAC, MP4/M4A, Ogg Opus, WMA), run through FFMpegCore:
/// ffprobe reads the audio stream's channels, sample rate and duration, then ffmpeg writes the stream as raw 32-bit floats at
/// that rate into a pipe that <see cref="Read"/> drains, so the decoded audio is never held whole, in memory or on disk.
/// Channels and rate are left as they are, so that mixing down and resampling are those of the managed decoders.
/// </summary>
/// <remarks>
/// A local file (a <see cref="FileStream"/>) is given to FFmpeg by its path, so that FFmpeg can seek in it: an MP4 whose
/// index (moov atom) follows the audio needs that. Any other stream is piped into FFmpeg, through its cache protocol
/// (<see cref="CachingInputPipeArgument"/>); ffprobe reads the pipe directly, and fails on an MP4 whose index follows
/// the audio, which then needs a local copy or remuxing, as its error says. FFmpeg stops at the first
/// decoding error (<c>-xerror</c>), and audio that ends well before the duration its header announces is reported as
/// truncated, since FFmpeg reads a cut-off FLAC file to its end without a word.
/// </remarks>
internal sealed partial class FFmpegSampleProvider : ISampleProvider, IDisposable
{
    /// <summary>Decoded audio may fall this much short of the announced duration (codec delay, estimated durations).</summary>
    private const double TruncationToleranceSeconds = 0.5;

    private readonly string _name;
    private readonly string? _path;
    private readonly double _announcedSeconds;
    private readonly ConcurrentQueue<string> _errors = new();
    private readonly TaskCompletionSource<Stream> _output = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _drained = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task<FFMpegResult> _ffmpeg;
    private long _framesRead;
    private bool _ended;

    /// <summary>Starts decoding <paramref name="content"/>; the caller disposes the stream after this provider.</summary>
    /// <param name="name">The recording, for errors.</param>
    /// <param name="format">The format detected, for the error when FFmpeg is missing.</param>
    /// <param name="content">The encoded recording, seekable, at position 0.</param>
    /// <param name="options">Where FFmpeg is (FFMpegCore's options; an empty binary folder means PATH).</param>
    /// <exception cref="InputException">FFmpeg is not installed, or cannot read the recording, or it has no audio stream.</exception>
    public FFmpegSampleProvider(string name, AudioFileFormat format, Stream content, FFOptions options)
    {
        _name = name;
        FFOptions located = FFmpegPrograms.Locate(options, name, FormatName(format));
        _path = (content as FileStream)?.Name;
        AudioStream audio = Probe(format, content, located);
        if (audio.SampleRateHz is not > 0 || audio.Channels is not > 0)
            throw new InputException(name, $"FFmpeg reports no sample rate or channel count for its {audio.CodecName} audio");
        WaveFormat = WaveFormat.CreateIeeeFloatWaveFormat(audio.SampleRateHz.Value, audio.Channels.Value);
        _announcedSeconds = audio.Duration.TotalSeconds;

        FFMpegArguments input = _path != null
            ? FFMpegArguments.FromFileInput(_path)
            : FFMpegArguments.FromInput(new CachingInputPipeArgument(new StreamPipeSource(content)));
        _ffmpeg = input
            .OutputToPipe(new StreamPipeSink(HandOverAsync), output => output
                .ForceFormat("f32le") // little-endian floats, read below as this (little-endian) machine's floats
                .WithAudioCodec("pcm_f32le")
                .WithCustomArgument($"-map 0:{audio.Index} -xerror"))
            .WithLogLevel(FFMpegLogLevel.Error)
            .NotifyOnStandardError(_errors.Enqueue)
            .CancellableThrough(_stop.Token, TimeSpan.Zero)
            .ProcessAsynchronously(throwOnError: false, located);
    }

    /// <inheritdoc />
    public WaveFormat WaveFormat { get; }

    /// <inheritdoc />
    /// <exception cref="InputException">FFmpeg failed, or the audio ended well before its announced duration.</exception>
    public int Read(Span<float> buffer)
    {
        if (_ended) return 0;
        Stream pcm = Output();
        int channels = WaveFormat.Channels;
        Span<byte> wanted = MemoryMarshal.AsBytes(buffer[..(buffer.Length - buffer.Length % channels)]);
        int bytes = pcm.ReadAtLeast(wanted, wanted.Length, throwOnEndOfStream: false);
        int frames = bytes / (sizeof(float) * channels);
        _framesRead += frames;
        if (bytes < wanted.Length) End();
        return frames * channels;
    }

    /// <summary>Stops FFmpeg if it is still running and waits for it to exit.</summary>
    public void Dispose()
    {
        _drained.TrySetResult();
        if (!_ffmpeg.IsCompleted) _stop.Cancel();
        ((Task)_ffmpeg).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing).GetAwaiter().GetResult();
        _stop.Dispose();
    }

    /// <summary>How the error for a missing FFmpeg names <paramref name="format"/>.</summary>
    private static string FormatName(AudioFileFormat format) => format switch
    {
        AudioFileFormat.Flac => "FLAC",
        AudioFileFormat.Mp4 => "MP4/M4A audio",
        AudioFileFormat.OggOpus => "Opus",
        AudioFileFormat.Asf => "WMA",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "not a format FFmpeg decodes here"),
    };

    private AudioStream Probe(AudioFileFormat format, Stream content, FFOptions options)
    {
        IMediaAnalysis analysis;
        try
        {
            analysis = _path != null ? FFProbe.Analyse(_path, options) : FFProbe.Analyse(content, options);
        }
        catch (FFProbeProcessException e)
        {
            string hint = _path == null && format == AudioFileFormat.Mp4
                ? " (an MP4 whose index follows its audio is read only from a local file; " +
                  "'ffmpeg -i in.m4a -c copy -movflags +faststart out.m4a' moves the index first)"
                : "";
            throw new InputException(_name, $"FFmpeg cannot read it: {Errors(e.StandardError)}{hint}", e);
        }
        if (_path == null) content.Position = 0;
        return analysis.PrimaryAudioStream ?? throw new InputException(_name, "contains no audio stream");
    }

    /// <summary>
    /// FFMpegCore hands over ffmpeg's output pipe here; it stays open until the reader has drained it. The token is not
    /// observed: FFMpegCore cancels it as soon as ffmpeg exits, while the reader may still be taking the pipe's buffered tail.
    /// </summary>
    private async Task HandOverAsync(Stream pcm, CancellationToken cancellationToken)
    {
        _output.TrySetResult(pcm);
        await _drained.Task.ConfigureAwait(false);
    }

    /// <summary>ffmpeg's output pipe, once ffmpeg has opened it; a failure when ffmpeg exits without opening it.</summary>
    private Stream Output()
    {
        if (!_output.Task.IsCompleted) Task.WaitAny(_output.Task, _ffmpeg);
        if (_output.Task.IsCompleted) return _output.Task.Result;
        _ended = true;
        throw Failure();
    }

    /// <summary>At the end of the output: ffmpeg must have succeeded and delivered the announced duration.</summary>
    private void End()
    {
        _ended = true;
        _drained.TrySetResult();
        bool succeeded = _ffmpeg.ContinueWith(t => t.IsCompletedSuccessfully && t.Result.Success, TaskScheduler.Default).Result;
        if (!succeeded) throw Failure();
        double seconds = (double)_framesRead / WaveFormat.SampleRate;
        double shortest = _announcedSeconds - Math.Max(TruncationToleranceSeconds, 0.01 * _announcedSeconds);
        if (seconds < shortest)
            throw new InputException(_name, $"truncated: FFmpeg decoded {seconds:F1} s of the {_announcedSeconds:F1} s its header announces");
    }

    private InputException Failure()
    {
        Exception? cause = _ffmpeg.IsFaulted ? _ffmpeg.Exception.InnerException : null;
        string reason = _errors.IsEmpty && cause != null ? $"{cause.GetType().Name}: {cause.Message}" : Errors(_errors);
        return new InputException(_name, $"FFmpeg cannot decode it: {reason}", cause);
    }

    /// <summary>
    /// ffmpeg's last few error lines in one line, without their "[decoder @ 0x…]" tags or the input's name (a path, or a
    /// pipe's).
    /// </summary>
    private string Errors(IEnumerable<string> standardError)
    {
        var lines = standardError
            .Where(line => !Noise().IsMatch(line))
            .Select(line => PipeName().Replace(ComponentTag().Replace(line.Trim(), ""), ""))
            .Select(line => _path != null && line.StartsWith(_path + ": ", StringComparison.Ordinal) ? line[(_path.Length + 2)..] : line)
            .Where(line => line.Length > 0)
            .TakeLast(3)
            .ToList();
        return lines.Count == 0 ? "it exited without saying why" : string.Join("; ", lines).ReplaceLineEndings(" ");
    }

    [GeneratedRegex(@"^\[[^\]]* @ 0x[0-9a-f]+\] ")]
    private static partial Regex ComponentTag();

    [GeneratedRegex(@"^(cache:)?unix:\S+: ")]
    private static partial Regex PipeName();

    /// <summary>Lines that say nothing about the recording: the log's repeat counts, and the cache protocol's complaint
    /// that it cannot seek to the end of a pipe.</summary>
    [GeneratedRegex(@"Last message repeated|\[cache @ ")]
    private static partial Regex Noise();
}
