using System.Text;
using Leitmotif.Core.Audio;

namespace Leitmotif.Core.Tests.Audio;

public class AudioFormatDetectorTests
{
    [Theory]
    [InlineData(new byte[] { (byte)'R', (byte)'I', (byte)'F', (byte)'F', 1, 2, 3, 4, (byte)'W', (byte)'A', (byte)'V', (byte)'E' }, "Wave")]
    [InlineData(new byte[] { (byte)'O', (byte)'g', (byte)'g', (byte)'S', 0, 2 }, "Ogg")]
    [InlineData(new byte[] { (byte)'I', (byte)'D', (byte)'3', 3, 0 }, "Mp3")]
    [InlineData(new byte[] { 0xFF, 0xFB, 0x90, 0x64 }, "Mp3")] // MPEG-1 Layer III frame header
    [InlineData(new byte[] { 0xFF, 0xF3, 0x40, 0xC4 }, "Mp3")] // MPEG-2 Layer III frame header
    [InlineData(new byte[] { 0xFF, 0xF1, 0x50, 0x80 }, "Unknown")] // ADTS AAC: frame sync but layer bits 00
    [InlineData(new byte[] { (byte)'R', (byte)'I', (byte)'F', (byte)'F', 1, 2, 3, 4, (byte)'A', (byte)'V', (byte)'I', (byte)' ' }, "Unknown")]
    [InlineData(new byte[] { (byte)'R', (byte)'I' }, "Unknown")]
    [InlineData(new byte[0], "Unknown")]
    public void RecognisesFormatFromMagicBytes(byte[] header, string expected)
    {
        Assert.Equal(Enum.Parse<AudioFileFormat>(expected), AudioFormatDetector.Detect(header));
    }

    /// <summary>Headers are the first bytes of files ffmpeg wrote (the Vorbis one is the committed fixture's).</summary>
    [Theory]
    [InlineData("664C614300000022120012000003B300", "Flac")]
    [InlineData("0000001C667479704D34412000000200", "Mp4")]
    [InlineData("4F676753000200000000000000002B24D4C40000000078CA580E01134F70757348656164", "OggOpus")]
    [InlineData("4F676753000200000000000000008C68F0D000000000703A8E95011E01766F7262697300", "Ogg")]
    [InlineData("4F6767530002", "Ogg")] // too short to see the first packet: left to the Vorbis decoder
    public void RecognisesTheFormatsFFmpegDecodesAndTellsOpusFromVorbis(string headerHex, string expected)
    {
        Assert.Equal(Enum.Parse<AudioFileFormat>(expected), AudioFormatDetector.Detect(Convert.FromHexString(headerHex)));
    }

    [Theory]
    [InlineData("494433030000000000", 0)] // too short for a tag header
    [InlineData("4944330300000000000A", 20)]
    [InlineData("49443304001000000148", 220)] // synchsafe 1·128 + 72, plus a 10-byte footer
    [InlineData("664C614300000022120012000003B300", 0)]
    public void Id3v2TagLengthComesFromItsSynchsafeSizeAndFooterFlag(string headerHex, long expected)
    {
        Assert.Equal(expected, AudioFormatDetector.Id3v2Length(Convert.FromHexString(headerHex)));
    }

    [Fact]
    public void AsfHeaderGuidIsWma()
    {
        byte[] header = [0x30, 0x26, 0xB2, 0x75, 0x8E, 0x66, 0xCF, 0x11, 0xA6, 0xD9, 0x00, 0xAA, 0x00, 0x62, 0xCE, 0x6C, 0xEE, 0x01];
        Assert.Equal(AudioFileFormat.Asf, AudioFormatDetector.Detect(header));
        header[15] = 0x6D;
        Assert.Equal(AudioFileFormat.Unknown, AudioFormatDetector.Detect(header));
    }

    [Fact]
    public void TextIsNotAudio()
    {
        Assert.Equal(AudioFileFormat.Unknown, AudioFormatDetector.Detect(Encoding.ASCII.GetBytes("hello, world")));
    }
}
