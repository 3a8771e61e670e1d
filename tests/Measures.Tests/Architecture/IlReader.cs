using System;
using System.Collections.Generic;
using System.Reflection;
using System.Reflection.Emit;

namespace Measures.Tests.Architecture;

/// <summary>Reads a method body's instructions, with the member each one names, for the architecture tests.</summary>
internal static class IlReader
{
    private static readonly OpCode[] OneByte = new OpCode[0x100];
    private static readonly OpCode[] TwoByte = new OpCode[0x100];

    static IlReader()
    {
        foreach (var field in typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            var code = (OpCode)field.GetValue(null)!;
            ushort value = unchecked((ushort)code.Value);
            if (value < 0x100)
            {
                OneByte[value] = code;
            }
            else if ((value & 0xff00) == 0xfe00)
            {
                TwoByte[value & 0xff] = code;
            }
        }
    }

    /// <summary>
    /// Each instruction of <paramref name="method"/>'s body: its op code, where its operand starts, the member a
    /// token operand names (null when it names none, or one that cannot be resolved here), and the next op code.
    /// </summary>
    public static IEnumerable<(OpCode Code, int Offset, MemberInfo? Member, OpCode? Next)> Instructions(MethodBase method)
    {
        byte[]? il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            yield break;
        }

        var module = method.Module;
        Type[]? typeArguments = method.DeclaringType is { IsGenericType: true } d ? d.GetGenericArguments() : null;
        Type[]? methodArguments = method is MethodInfo { IsGenericMethod: true } m ? m.GetGenericArguments() : null;
        int at = 0;
        while (at < il.Length)
        {
            OpCode code = il[at] == 0xfe ? TwoByte[il[++at]] : OneByte[il[at]];
            at++;
            int operand = at;
            MemberInfo? member = null;
            switch (code.OperandType)
            {
                case OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineTok or OperandType.InlineType:
                    try
                    {
                        member = module.ResolveMember(BitConverter.ToInt32(il, at), typeArguments, methodArguments);
                    }
                    catch (ArgumentException)
                    {
                        // A token into another module's generic context: its declaring type is named elsewhere.
                    }

                    at += 4;
                    break;
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    at += 1;
                    break;
                case OperandType.InlineVar:
                    at += 2;
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    at += 8;
                    break;
                case OperandType.InlineSwitch:
                    at += 4 + (4 * BitConverter.ToInt32(il, at));
                    break;
                default:
                    at += 4;
                    break;
            }

            OpCode? next = at >= il.Length ? null : il[at] == 0xfe && at + 1 < il.Length ? TwoByte[il[at + 1]] : OneByte[il[at]];
            yield return (code, operand, member, next);
        }
    }
}
