using FFMpegCore.Arguments;
using FFMpegCore.Pipes;

namespace Leitmotif.Core.Audio;

/// <summary>
/// FFMpegCore's input pipe read through FFmpeg's <c>cache:</c> protocol. FFMpegCore's pipe is a Unix socket, which FFmpeg
/// takes for seekable but cannot seek in, so its MP4 demuxer fails on it even when the index comes first ("partial file",
/// "Function not implemented"); the cache keeps the encoded bytes read so far in a temporary file that FFmpeg deletes, so
/// that FFmpeg can seek back in them, while the decoded audio still leaves through the output pipe.
/// </summary>
internal sealed class CachingInputPipeArgument(IPipeSource source) : InputPipeArgument(source)
{
    /// <inheritdoc />
    public override string Text => $"{Writer.GetStreamArguments()} -i \"cache:{PipePath}\"";
}
