# Functions with float and tuple constants before the first gc.get_count(): each constant the code generator
# emits builds keys for the compiler's constant cache (tuples that stay alive until compiling ends), and each
# function adds its code tuples, so compiling the file decides the counts the program starts with.
import gc

def f0(x):
    if x > 0.5:
        return (x, 0.25, ('k0', 0))
    return 0.75

def f1(x):
    if x > 1.5:
        return (x, 1.25, ('k1', 1))
    return 1.75

def f2(x):
    if x > 2.5:
        return (x, 2.25, ('k2', 2))
    return 2.75

def f3(x):
    if x > 3.5:
        return (x, 3.25, ('k3', 3))
    return 3.75

def f4(x):
    if x > 4.5:
        return (x, 4.25, ('k4', 4))
    return 4.75

def f5(x):
    if x > 5.5:
        return (x, 5.25, ('k5', 5))
    return 5.75

def f6(x):
    if x > 6.5:
        return (x, 6.25, ('k6', 6))
    return 6.75

def f7(x):
    if x > 7.5:
        return (x, 7.25, ('k7', 7))
    return 7.75

def f8(x):
    if x > 8.5:
        return (x, 8.25, ('k8', 8))
    return 8.75

def f9(x):
    if x > 9.5:
        return (x, 9.25, ('k9', 9))
    return 9.75

def f10(x):
    if x > 10.5:
        return (x, 10.25, ('k10', 10))
    return 10.75

def f11(x):
    if x > 11.5:
        return (x, 11.25, ('k11', 11))
    return 11.75

def f12(x):
    if x > 12.5:
        return (x, 12.25, ('k12', 12))
    return 12.75

def f13(x):
    if x > 13.5:
        return (x, 13.25, ('k13', 13))
    return 13.75

def f14(x):
    if x > 14.5:
        return (x, 14.25, ('k14', 14))
    return 14.75

def f15(x):
    if x > 15.5:
        return (x, 15.25, ('k15', 15))
    return 15.75

def f16(x):
    if x > 16.5:
        return (x, 16.25, ('k16', 16))
    return 16.75

def f17(x):
    if x > 17.5:
        return (x, 17.25, ('k17', 17))
    return 17.75

def f18(x):
    if x > 18.5:
        return (x, 18.25, ('k18', 18))
    return 18.75

def f19(x):
    if x > 19.5:
        return (x, 19.25, ('k19', 19))
    return 19.75

def f20(x):
    if x > 20.5:
        return (x, 20.25, ('k20', 20))
    return 20.75

def f21(x):
    if x > 21.5:
        return (x, 21.25, ('k21', 21))
    return 21.75

def f22(x):
    if x > 22.5:
        return (x, 22.25, ('k22', 22))
    return 22.75

def f23(x):
    if x > 23.5:
        return (x, 23.25, ('k23', 23))
    return 23.75

def f24(x):
    if x > 24.5:
        return (x, 24.25, ('k24', 24))
    return 24.75

def f25(x):
    if x > 25.5:
        return (x, 25.25, ('k25', 25))
    return 25.75

def f26(x):
    if x > 26.5:
        return (x, 26.25, ('k26', 26))
    return 26.75

def f27(x):
    if x > 27.5:
        return (x, 27.25, ('k27', 27))
    return 27.75

def f28(x):
    if x > 28.5:
        return (x, 28.25, ('k28', 28))
    return 28.75

def f29(x):
    if x > 29.5:
        return (x, 29.25, ('k29', 29))
    return 29.75

def f30(x):
    if x > 30.5:
        return (x, 30.25, ('k30', 30))
    return 30.75

def f31(x):
    if x > 31.5:
        return (x, 31.25, ('k31', 31))
    return 31.75

def f32(x):
    if x > 32.5:
        return (x, 32.25, ('k32', 32))
    return 32.75

def f33(x):
    if x > 33.5:
        return (x, 33.25, ('k33', 33))
    return 33.75

def f34(x):
    if x > 34.5:
        return (x, 34.25, ('k34', 34))
    return 34.75

def f35(x):
    if x > 35.5:
        return (x, 35.25, ('k35', 35))
    return 35.75

def f36(x):
    if x > 36.5:
        return (x, 36.25, ('k36', 36))
    return 36.75

def f37(x):
    if x > 37.5:
        return (x, 37.25, ('k37', 37))
    return 37.75

def f38(x):
    if x > 38.5:
        return (x, 38.25, ('k38', 38))
    return 38.75

def f39(x):
    if x > 39.5:
        return (x, 39.25, ('k39', 39))
    return 39.75

print(gc.get_count())
print(f3(1), f39(100))
