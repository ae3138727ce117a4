using System.Text;
using Leitmotif.Core.Export;
using Leitmotif.Core.Tests.TestSupport;

namespace Leitmotif.Core.Tests.Export;

public class NpyFileTests
{
    [Fact]
    public void HeaderDescribesLittleEndianFloat32InCOrderWithTheShape()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("a.npy");

        NpyFile.Write(path, new float[2 * 3 * 4], 2, 3, 4);

        var bytes = File.ReadAllBytes(path);
        Assert.Equal([0x93, (byte)'N', (byte)'U', (byte)'M', (byte)'P', (byte)'Y', 1, 0], bytes[..8]);
        int headerLength = BitConverter.ToUInt16(bytes, 8);
        var header = Encoding.ASCII.GetString(bytes, 10, headerLength);
        Assert.Equal("{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3, 4), }", header.TrimEnd());
        Assert.EndsWith("\n", header);
        Assert.Equal(0, (10 + headerLength) % 64);
        Assert.Equal(10 + headerLength + 2 * 3 * 4 * 4, bytes.Length);
    }

    [Fact]
    public void DataFollowsTheHeaderInRowMajorOrder()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("b.npy");
        float[] values = [1.5f, -2f, 3.25f, 0f, 7f, 8f];

        NpyFile.Write(path, values, 3, 2);

        var bytes = File.ReadAllBytes(path);
        int dataStart = 10 + BitConverter.ToUInt16(bytes, 8);
        var read = Enumerable.Range(0, values.Length).Select(i => BitConverter.ToSingle(bytes, dataStart + 4 * i));
        Assert.Equal(values, read);
    }

    [Fact]
    public void AOneDimensionalShapeIsWrittenAsAOneTuple()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("c.npy");

        NpyFile.Write(path, new float[5], 5);

        var bytes = File.ReadAllBytes(path);
        Assert.Contains("'shape': (5,)", Encoding.ASCII.GetString(bytes, 10, BitConverter.ToUInt16(bytes, 8)));
    }

    [Fact]
    public void AShapeThatDoesNotHoldTheDataIsRejected()
    {
        using var folder = new TemporaryFolder();

        var e = Assert.Throws<ArgumentException>(() => NpyFile.Write(folder.File("d.npy"), new float[5], 2, 3));
        Assert.Contains("(2, 3)", e.Message);
    }
}
